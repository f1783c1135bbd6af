#ifndef EVIDENCEKIT_CCAIRO_SHIM_H
#define EVIDENCEKIT_CCAIRO_SHIM_H
// Cairo draws the court report's PDF pages; Pango lays out its text (Vietnamese diacritics, line breaks)
// with fontconfig's fonts (Debian: libcairo2-dev, libpango1.0-dev, fonts-dejavu-core).
#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#endif
