// libpq, PostgreSQL's C client library (Debian libpq-dev). Only PostgresBridge imports it.
#include <libpq-fe.h>
