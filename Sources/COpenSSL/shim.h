#ifndef EVIDENCEKIT_COPENSSL_SHIM_H
#define EVIDENCEKIT_COPENSSL_SHIM_H
#include <openssl/evp.h>
#include <openssl/err.h>
#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/ts.h>
#endif
