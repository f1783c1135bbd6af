#ifndef EVIDENCEKIT_CFFMPEG_SHIM_H
#define EVIDENCEKIT_CFFMPEG_SHIM_H
// FFmpeg 5.1 (libavformat 59, libavcodec 59, libavutil 57). Only MediaBridge imports this module.
#include <libavformat/avformat.h>
#include <libavcodec/avcodec.h>
#include <libavutil/avutil.h>
#include <libavutil/display.h>
#include <libavutil/pixdesc.h>
#include <libavutil/error.h>

// AVERROR(e) is a function-like macro: Swift cannot import it.
static inline int evk_averror(int posix_errno) { return AVERROR(posix_errno); }
// AVERROR_EOF and AVERROR_INVALIDDATA are built with FFERRTAG, a macro Swift cannot evaluate.
static inline int evk_averror_eof(void) { return AVERROR_EOF; }
static inline int evk_averror_invaliddata(void) { return AVERROR_INVALIDDATA; }
// AV_NOPTS_VALUE is an INT64_C() cast expression; Swift sees no constant.
static inline int64_t evk_nopts_value(void) { return AV_NOPTS_VALUE; }
// AV_TIME_BASE is an int macro usable as a constant, but restate it for clarity at call sites.
static inline int evk_time_base(void) { return AV_TIME_BASE; }

#endif
