#ifndef EVIDENCEKIT_CHEIF_SHIM_H
#define EVIDENCEKIT_CHEIF_SHIM_H
// libheif 1.15 (Debian 12 libheif-dev). Only MediaBridge imports this module.
#include <libheif/heif.h>
#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>

// libheif is loaded on first use for the same reason as FFmpeg (Sources/CFFmpeg/shim.h): it pulls
// in HEVC, AV1 and x265 libraries that hashing a JPEG or a video never needs. Each field has the
// type of libheif's own declaration, so the compiler checks the signatures.
#define EVK_HEIF_FUNCTIONS(X) \
    X(heif_get_version) \
    X(heif_context_alloc) \
    X(heif_context_free) \
    X(heif_context_read_from_file) \
    X(heif_context_read_from_memory_without_copy) \
    X(heif_context_get_primary_image_handle) \
    X(heif_image_handle_release) \
    X(heif_image_handle_get_number_of_thumbnails) \
    X(heif_image_handle_get_list_of_thumbnail_IDs) \
    X(heif_image_handle_get_thumbnail) \
    X(heif_decoding_options_alloc) \
    X(heif_decoding_options_free) \
    X(heif_decode_image) \
    X(heif_image_get_plane_readonly) \
    X(heif_image_get_width) \
    X(heif_image_get_height) \
    X(heif_image_release)

typedef struct EvkHeif {
#define EVK_HEIF_FIELD(name) __typeof__(&name) name;
    EVK_HEIF_FUNCTIONS(EVK_HEIF_FIELD)
#undef EVK_HEIF_FIELD
    const char *error;
} EvkHeif;

static inline EvkHeif *evk_heif_storage(void) {
    static EvkHeif table;
    return &table;
}

static inline void evk_heif_load(void) {
    EvkHeif *t = evk_heif_storage();
    void *lib = dlopen("libheif.so.1", RTLD_NOW | RTLD_LOCAL);
    if (!lib) { t->error = dlerror(); return; }
#define EVK_HEIF_RESOLVE(name) \
    t->name = (__typeof__(&name))dlsym(lib, #name); \
    if (!t->name) { t->error = "missing libheif symbol " #name; return; }
    EVK_HEIF_FUNCTIONS(EVK_HEIF_RESOLVE)
#undef EVK_HEIF_RESOLVE
}

static inline const EvkHeif *evk_heif(void) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, evk_heif_load);
    return evk_heif_storage();
}

// Decoding options: libheif allocates the struct; set the one field we need here.
static inline void evk_heif_options_keep_transformations(struct heif_decoding_options *o) {
    if (o) o->ignore_transformations = 0;
}
#endif
