#include "cncurses.h"

#include <signal.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t pending_signal = 0;

static void on_quit_signal(int signal_number) { pending_signal = signal_number; }

/// A crash must not leave the officer's terminal in raw mode with the screen scrambled.
/// endwin() is not async-signal-safe, but the process is dying anyway: restoring the terminal
/// is worth the risk. Resetting the attributes with a direct write is the fallback.
static void on_crash_signal(int signal_number) {
  static const char reset[] = "\033[0m\033[?25h\033[?1049l\r\n";
  endwin();
  (void)!write(STDOUT_FILENO, reset, sizeof reset - 1);
  signal(signal_number, SIG_DFL);
  raise(signal_number);
}

void cn_install_signal_handlers(void) {
  // A signal mask is inherited: a launcher that blocks signals (a test runner, a supervisor)
  // would otherwise leave the console deaf to resizes and to requests to stop.
  sigset_t wanted;
  sigemptyset(&wanted);
  int unblocked[] = {SIGWINCH, SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGCONT, SIGTSTP};
  for (unsigned i = 0; i < sizeof unblocked / sizeof unblocked[0]; i++) {
    sigaddset(&wanted, unblocked[i]);
  }
  sigprocmask(SIG_UNBLOCK, &wanted, NULL);
  struct sigaction quit;
  memset(&quit, 0, sizeof quit);
  quit.sa_handler = on_quit_signal;
  sigemptyset(&quit.sa_mask);
  int quit_signals[] = {SIGTERM, SIGHUP, SIGINT, SIGQUIT};
  for (unsigned i = 0; i < sizeof quit_signals / sizeof quit_signals[0]; i++) {
    sigaction(quit_signals[i], &quit, NULL);
  }
  struct sigaction crash;
  memset(&crash, 0, sizeof crash);
  crash.sa_handler = on_crash_signal;
  sigemptyset(&crash.sa_mask);
  int crash_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
  for (unsigned i = 0; i < sizeof crash_signals / sizeof crash_signals[0]; i++) {
    sigaction(crash_signals[i], &crash, NULL);
  }
}

int cn_pending_signal(void) { return pending_signal; }
