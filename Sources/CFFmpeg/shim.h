#ifndef EVIDENCEKIT_CFFMPEG_SHIM_H
#define EVIDENCEKIT_CFFMPEG_SHIM_H
// FFmpeg 5.1 (libavformat 59, libavcodec 59, libavutil 57). Only MediaBridge imports this module.
#include <libavformat/avformat.h>
#include <libavcodec/avcodec.h>
#include <libavutil/avutil.h>
#include <libavutil/display.h>
#include <libavutil/pixdesc.h>
#include <libavutil/error.h>
#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>
#include <string.h>
#include <stdlib.h>
#include <stdarg.h>

// AVERROR(e) is a function-like macro: Swift cannot import it.
static inline int evk_averror(int posix_errno) { return AVERROR(posix_errno); }
// AVERROR_EOF and AVERROR_INVALIDDATA are built with FFERRTAG, a macro Swift cannot evaluate.
static inline int evk_averror_eof(void) { return AVERROR_EOF; }
static inline int evk_averror_invaliddata(void) { return AVERROR_INVALIDDATA; }
// AV_NOPTS_VALUE is an INT64_C() cast expression; Swift sees no constant.
static inline int64_t evk_nopts_value(void) { return AV_NOPTS_VALUE; }
static inline int evk_time_base(void) { return AV_TIME_BASE; }
// AVERROR(EAGAIN): "send more input" from avcodec_receive_frame.
static inline int evk_averror_eagain(void) { return AVERROR(EAGAIN); }
// Pixel-format descriptor flags (macros built with shifts; restated for Swift).
static inline uint64_t evk_pix_fmt_flag_be(void) { return AV_PIX_FMT_FLAG_BE; }
static inline uint64_t evk_pix_fmt_flag_pal(void) { return AV_PIX_FMT_FLAG_PAL; }
static inline uint64_t evk_pix_fmt_flag_rgb(void) { return AV_PIX_FMT_FLAG_RGB; }
static inline uint64_t evk_pix_fmt_flag_hwaccel(void) { return AV_PIX_FMT_FLAG_HWACCEL; }
static inline uint64_t evk_pix_fmt_flag_bitstream(void) { return AV_PIX_FMT_FLAG_BITSTREAM; }
static inline int evk_codec_flag_output_corrupt(void) { return AV_CODEC_FLAG_OUTPUT_CORRUPT; }
static inline int evk_frame_flag_corrupt(void) { return AV_FRAME_FLAG_CORRUPT; }
static inline int evk_pkt_flag_key(void) { return AV_PKT_FLAG_KEY; }
static inline int evk_avseek_size(void) { return AVSEEK_SIZE; }
static inline int evk_avseek_force(void) { return AVSEEK_FORCE; }
static inline int evk_avfmt_flag_custom_io(void) { return AVFMT_FLAG_CUSTOM_IO; }
static inline int evk_thread_frame_and_slice(void) { return FF_THREAD_FRAME | FF_THREAD_SLICE; }

// Decoder errors, per packet. FFmpeg reports much bitstream damage (an HEVC slice whose syntax is out
// of range, a missing reference) only through av_log, without flagging the frame. MediaBridge stamps
// each packet it sends with a sequence number in `reordered_opaque`; libavcodec copies that field into
// the frame-threading context that decodes the packet and into the picture it outputs. The callback
// marks the packet's slot in the table `opaque` points at; the picture carrying the same number is
// then known to be damaged — whichever thread logged it, in whatever order. Nothing is printed: the
// CLI owns stderr.
typedef struct { uint8_t damaged[4096]; } EvkDecodeErrors;
static void evk_log_callback(void *avcl, int level, const char *fmt, va_list vl) {
    (void)vl;
    if (level > AV_LOG_ERROR || avcl == NULL) return;
    // An access unit without a picture (only SEI, as the signature units of Axis signed video) is
    // reported as "no frame!": the stream is legal, nothing is damaged.
    if (fmt != NULL && strncmp(fmt, "no frame!", 9) == 0) return;
    const AVClass *cls = *(const AVClass **)avcl;
    if (cls == NULL || cls->class_name == NULL || strcmp(cls->class_name, "AVCodecContext") != 0) return;
    AVCodecContext *ctx = (AVCodecContext *)avcl;
    if (ctx->opaque == NULL) return;
    EvkDecodeErrors *errors = (EvkDecodeErrors *)ctx->opaque;
    __atomic_store_n(&errors->damaged[(uint64_t)ctx->reordered_opaque % 4096], 1, __ATOMIC_RELAXED);
}
static inline void (*evk_log_callback_pointer(void))(void *, int, const char *, va_list) { return evk_log_callback; }
static inline EvkDecodeErrors *evk_decode_errors_new(void) { return (EvkDecodeErrors *)calloc(1, sizeof(EvkDecodeErrors)); }
static inline void evk_decode_errors_free(EvkDecodeErrors *e) { free(e); }
// Reads and clears the mark of packet `sequence` (slots are reused every 4096 packets, far more than
// a decoder ever holds in flight).
static inline int evk_decode_errors_take(EvkDecodeErrors *e, int64_t sequence) {
    return __atomic_exchange_n(&e->damaged[(uint64_t)sequence % 4096], 0, __ATOMIC_RELAXED);
}
// `reordered_opaque` is deprecated after FFmpeg 5.1 (AV_CODEC_FLAG_COPY_OPAQUE replaces it in 6.0).
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wdeprecated-declarations"
static inline void evk_set_packet_sequence(AVCodecContext *c, int64_t sequence) { c->reordered_opaque = sequence; }
static inline int64_t evk_frame_packet_sequence(const AVFrame *f) { return f->reordered_opaque; }
#pragma clang diagnostic pop

// ---------------------------------------------------------------------------------------------
// FFmpeg is loaded on first use, not at process start.
//
// Debian's libavcodec pulls in about 150 shared libraries (x264, x265, aom, cairo, X11, …).
// Linking them costs every `evidence` process ~20 ms of dynamic linking and ~28 MB of resident
// memory, even `evidence hash` and photo checks that never touch FFmpeg. So the package does not
// link FFmpeg; MediaBridge calls it through this table, filled by dlopen/dlsym the first time a
// video is demuxed. Each field has the exact type of the function it replaces (__typeof__ of the
// declaration in FFmpeg's own headers), so the C compiler checks every signature.
//
// To call another FFmpeg function, add one X(library, function) line.
#define EVK_AV_FUNCTIONS(X) \
    X(avutil, av_log_set_level) \
    X(avutil, av_log_set_callback) \
    X(avutil, av_strerror) \
    X(avutil, av_dict_get) \
    X(avutil, av_get_pix_fmt_name) \
    X(avutil, av_get_sample_fmt_name) \
    X(avutil, av_display_rotation_get) \
    X(avutil, av_frame_alloc) \
    X(avutil, av_frame_free) \
    X(avutil, av_frame_unref) \
    X(avutil, av_frame_ref) \
    X(avutil, av_pix_fmt_desc_get) \
    X(avutil, av_get_picture_type_char) \
    X(avutil, av_malloc) \
    X(avutil, av_free) \
    X(avcodec, avcodec_get_name) \
    X(avcodec, avcodec_profile_name) \
    X(avcodec, avcodec_find_decoder) \
    X(avcodec, avcodec_alloc_context3) \
    X(avcodec, avcodec_free_context) \
    X(avcodec, avcodec_parameters_to_context) \
    X(avcodec, avcodec_open2) \
    X(avcodec, avcodec_send_packet) \
    X(avcodec, avcodec_receive_frame) \
    X(avcodec, av_packet_alloc) \
    X(avcodec, av_packet_free) \
    X(avcodec, av_packet_unref) \
    X(avformat, avformat_version) \
    X(avformat, avformat_open_input) \
    X(avformat, avformat_alloc_context) \
    X(avformat, avformat_free_context) \
    X(avformat, avio_alloc_context) \
    X(avformat, avio_context_free) \
    X(avformat, avformat_find_stream_info) \
    X(avformat, avformat_close_input) \
    X(avformat, av_stream_get_side_data) \
    X(avformat, av_read_frame) \
    X(avformat, av_find_best_stream)

typedef struct EvkAV {
#define EVK_AV_FIELD(lib, name) __typeof__(&name) name;
    EVK_AV_FUNCTIONS(EVK_AV_FIELD)
#undef EVK_AV_FIELD
    /// NULL when every function was found; otherwise what failed (dlerror text).
    const char *error;
} EvkAV;

// Function-local statics: Swift's C importer does not emit file-scope statics from a header.
static inline EvkAV *evk_av_storage(void) {
    static EvkAV table;
    return &table;
}

static inline void evk_av_load(void) {
    EvkAV *t = evk_av_storage();
    // Sonames of the FFmpeg 5.1 ABI these headers describe.
    void *avutil = dlopen("libavutil.so.57", RTLD_NOW | RTLD_LOCAL);
    void *avcodec = avutil ? dlopen("libavcodec.so.59", RTLD_NOW | RTLD_LOCAL) : NULL;
    void *avformat = avcodec ? dlopen("libavformat.so.59", RTLD_NOW | RTLD_LOCAL) : NULL;
    if (!avformat) { t->error = dlerror(); return; }
#define EVK_AV_RESOLVE(lib, name) \
    t->name = (__typeof__(&name))dlsym(lib, #name); \
    if (!t->name) { t->error = "missing FFmpeg symbol " #name; return; }
    EVK_AV_FUNCTIONS(EVK_AV_RESOLVE)
#undef EVK_AV_RESOLVE
    if ((t->avformat_version() >> 16) != LIBAVFORMAT_VERSION_MAJOR) {
        t->error = "libavformat major version differs from the headers EvidenceKit was built with";
    }
}

/// The loaded table; check `error` before calling anything. Call from one Swift file only
/// (static state in a header is per translation unit).
static inline const EvkAV *evk_av(void) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, evk_av_load);
    return evk_av_storage();
}

#endif
