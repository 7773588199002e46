// The one place liaison touches C: ncursesw's macros and globals, signals, and the C library's
// character widths. Swift 6 cannot import function-like macros (A_BOLD, COLOR_PAIR, getmaxyx)
// or use mutable globals (stdscr, COLORS) safely, so each is wrapped in an accessor here.
#ifndef CNCURSES_H
#define CNCURSES_H

#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <stdint.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/// Columns a Unicode scalar takes in the current locale: 0, 1, 2, or -1 if not printable.
static inline int cn_wcwidth(uint32_t scalar) { return wcwidth((wchar_t)scalar); }

// MARK: - Globals and macros

static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }

static inline int cn_key_code_yes(void) { return KEY_CODE_YES; }

/// Writes one character cell: up to five code points (a base and its combining marks) with
/// attributes and a colour pair.
static inline int cn_put_cell(int y, int x, const wchar_t *text, attr_t attrs, short pair) {
  cchar_t cell;
  if (setcchar(&cell, text, attrs, pair, NULL) != OK) return ERR;
  return mvwadd_wch(stdscr, y, x, &cell);
}

// MARK: - Signals (shim.c)

/// Catches SIGTERM, SIGHUP, SIGINT and SIGQUIT: the key loop polls `cn_pending_signal` and
/// restores the terminal before leaving. Crashes (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT,
/// SIGTRAP) restore the terminal and then die with the same signal.
void cn_install_signal_handlers(void);
/// The signal received since the handlers were installed, or 0.
int cn_pending_signal(void);

#endif
