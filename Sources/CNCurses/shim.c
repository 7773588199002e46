// SwiftPM builds a C target from at least one source file; the accessors are all inline in
// include/cncurses.h.
#include "cncurses.h"
