#ifndef STEPWISE_CCMARK_SHIM_H
#define STEPWISE_CCMARK_SHIM_H
// Debian's libcmark-dev (CommonMark reference parser), never cmark-gfm:
// both export the same symbols and cannot be linked into one binary.
#include <cmark.h>
#endif
