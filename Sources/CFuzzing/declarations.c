// CFuzzing only declares libFuzzer's driver (include/CFuzzing.h); SwiftPM needs one source file.
#include "CFuzzing.h"
