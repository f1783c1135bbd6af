#ifndef EVIDENCEKIT_CEXIF_SHIM_H
#define EVIDENCEKIT_CEXIF_SHIM_H
#include <libexif/exif-data.h>
#include <libexif/exif-entry.h>
#include <libexif/exif-content.h>
#include <libexif/exif-tag.h>
#include <libexif/exif-ifd.h>
#include <libexif/exif-utils.h>
#include <libexif/exif-format.h>

// ExifData.ifd is a C array member; Swift imports it as a tuple, awkward to index. One accessor instead.
static inline ExifContent *evk_exif_ifd(ExifData *data, int index) {
    if (!data || index < 0 || index >= EXIF_IFD_COUNT) return 0;
    return data->ifd[index];
}
// ExifContent.entries is ExifEntry **; index it here so Swift never does pointer arithmetic on it.
static inline ExifEntry *evk_exif_entry(ExifContent *content, unsigned int index) {
    if (!content || index >= content->count) return 0;
    return content->entries[index];
}
#endif
