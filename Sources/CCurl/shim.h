// Typed, non-variadic wrappers of curl_easy_setopt / curl_easy_getinfo (Swift cannot call C variadics).
// Every value has the C type libcurl expects: long for LONG options, curl_off_t for OFF_T options.
#ifndef GENAI_PLAN_CCURL_SHIM_H
#define GENAI_PLAN_CCURL_SHIM_H
#include <curl/curl.h>

static inline CURLcode ccurl_setopt_long(CURL *_Nonnull h, CURLoption o, long v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode ccurl_setopt_off(CURL *_Nonnull h, CURLoption o, curl_off_t v) { return curl_easy_setopt(h, o, v); }
/* libcurl copies option strings. */
static inline CURLcode ccurl_setopt_string(CURL *_Nonnull h, CURLoption o, const char *_Nullable v) { return curl_easy_setopt(h, o, v); }
/* *DATA pointers, ERRORBUFFER and HTTPHEADER lists: the caller keeps them alive until perform returns. */
static inline CURLcode ccurl_setopt_pointer(CURL *_Nonnull h, CURLoption o, void *_Nullable v) { return curl_easy_setopt(h, o, v); }

typedef size_t (*ccurl_data_cb)(char *_Nonnull, size_t, size_t, void *_Nullable);
static inline CURLcode ccurl_setopt_data_cb(CURL *_Nonnull h, CURLoption o, ccurl_data_cb _Nullable cb) { return curl_easy_setopt(h, o, cb); }

typedef int (*ccurl_progress_cb)(void *_Nullable, curl_off_t, curl_off_t, curl_off_t, curl_off_t);
static inline CURLcode ccurl_setopt_progress_cb(CURL *_Nonnull h, ccurl_progress_cb _Nullable cb) { return curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, cb); }

static inline CURLcode ccurl_getinfo_long(CURL *_Nonnull h, CURLINFO i, long *_Nonnull out) { return curl_easy_getinfo(h, i, out); }
static inline CURLcode ccurl_getinfo_off(CURL *_Nonnull h, CURLINFO i, curl_off_t *_Nonnull out) { return curl_easy_getinfo(h, i, out); }
#endif
