#ifndef EVIDENCEKIT_COPENSSL_SHIM_H
#define EVIDENCEKIT_COPENSSL_SHIM_H
#include <openssl/evp.h>
#include <openssl/err.h>
#include <openssl/bio.h>
#include <openssl/pem.h>
#endif
