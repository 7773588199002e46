// The one place liaison touches C: ncursesw's macros and globals, and the C library's
// character widths. Swift 6 cannot import macros (A_BOLD, getmaxyx) or mutable globals
// (stdscr, LINES) safely, so each is wrapped in a static inline accessor here.
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

/// Columns a Unicode scalar takes in the current locale: 0, 1, 2, or -1 if not printable.
static inline int cn_wcwidth(uint32_t scalar) { return wcwidth((wchar_t)scalar); }

#endif
