// libcurl for Swift: typed, non-variadic wrappers of curl_easy_setopt / curl_easy_getinfo (Swift
// cannot call C variadics), with every value in the C type libcurl expects (long for LONG options,
// curl_off_t for OFF_T options).
//
// libcurl is loaded on first use with dlopen, not linked: only `genai-plan pricing refresh` needs it,
// and loading it with its dependencies (TLS, HTTP/2, LDAP, Kerberos ...) would add milliseconds to
// every other command's start.
#ifndef GENAI_PLAN_CCURL_SHIM_H
#define GENAI_PLAN_CCURL_SHIM_H
#include <curl/curl.h>
#include <dlfcn.h>
#include <stddef.h>

typedef struct {
  CURLcode (*global_init)(long);
  CURL *(*easy_init)(void);
  void (*easy_cleanup)(CURL *);
  CURLcode (*easy_setopt)(CURL *, CURLoption, ...);
  CURLcode (*easy_perform)(CURL *);
  CURLcode (*easy_getinfo)(CURL *, CURLINFO, ...);
  const char *(*easy_strerror)(CURLcode);
  struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
  void (*slist_free_all)(struct curl_slist *);
} ccurl_api;

static inline ccurl_api *_Nonnull ccurl_api_table(void) {
  static ccurl_api api;
  return &api;
}

/// Loads libcurl and resolves the functions used; 0 on success. Call once (Swift does, from a global `let`).
static inline int ccurl_load(void) {
  void *library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
  if (!library) library = dlopen("libcurl.so", RTLD_NOW | RTLD_LOCAL);
  if (!library) return 1;
  ccurl_api *api = ccurl_api_table();
  api->global_init = (CURLcode (*)(long))dlsym(library, "curl_global_init");
  api->easy_init = (CURL * (*)(void)) dlsym(library, "curl_easy_init");
  api->easy_cleanup = (void (*)(CURL *))dlsym(library, "curl_easy_cleanup");
  api->easy_setopt = (CURLcode (*)(CURL *, CURLoption, ...))dlsym(library, "curl_easy_setopt");
  api->easy_perform = (CURLcode (*)(CURL *))dlsym(library, "curl_easy_perform");
  api->easy_getinfo = (CURLcode (*)(CURL *, CURLINFO, ...))dlsym(library, "curl_easy_getinfo");
  api->easy_strerror = (const char *(*)(CURLcode))dlsym(library, "curl_easy_strerror");
  api->slist_append = (struct curl_slist * (*)(struct curl_slist *, const char *)) dlsym(library, "curl_slist_append");
  api->slist_free_all = (void (*)(struct curl_slist *))dlsym(library, "curl_slist_free_all");
  if (!api->global_init || !api->easy_init || !api->easy_cleanup || !api->easy_setopt || !api->easy_perform ||
      !api->easy_getinfo || !api->easy_strerror || !api->slist_append || !api->slist_free_all) return 2;
  return api->global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK ? 0 : 3;
}

static inline CURL *_Nullable ccurl_easy_init(void) { return ccurl_api_table()->easy_init(); }
static inline void ccurl_easy_cleanup(CURL *_Nonnull h) { ccurl_api_table()->easy_cleanup(h); }
static inline CURLcode ccurl_easy_perform(CURL *_Nonnull h) { return ccurl_api_table()->easy_perform(h); }
static inline const char *_Nonnull ccurl_easy_strerror(CURLcode code) { return ccurl_api_table()->easy_strerror(code); }
static inline struct curl_slist *_Nullable ccurl_slist_append(struct curl_slist *_Nullable list, const char *_Nonnull text) {
  return ccurl_api_table()->slist_append(list, text);
}
static inline void ccurl_slist_free_all(struct curl_slist *_Nullable list) { ccurl_api_table()->slist_free_all(list); }

static inline CURLcode ccurl_setopt_long(CURL *_Nonnull h, CURLoption o, long v) { return ccurl_api_table()->easy_setopt(h, o, v); }
static inline CURLcode ccurl_setopt_off(CURL *_Nonnull h, CURLoption o, curl_off_t v) { return ccurl_api_table()->easy_setopt(h, o, v); }
/* libcurl copies option strings. */
static inline CURLcode ccurl_setopt_string(CURL *_Nonnull h, CURLoption o, const char *_Nullable v) { return ccurl_api_table()->easy_setopt(h, o, v); }
/* *DATA pointers, ERRORBUFFER and HTTPHEADER lists: the caller keeps them alive until perform returns. */
static inline CURLcode ccurl_setopt_pointer(CURL *_Nonnull h, CURLoption o, void *_Nullable v) { return ccurl_api_table()->easy_setopt(h, o, v); }

typedef size_t (*ccurl_data_cb)(char *_Nonnull, size_t, size_t, void *_Nullable);
static inline CURLcode ccurl_setopt_data_cb(CURL *_Nonnull h, CURLoption o, ccurl_data_cb _Nullable cb) { return ccurl_api_table()->easy_setopt(h, o, cb); }

typedef int (*ccurl_progress_cb)(void *_Nullable, curl_off_t, curl_off_t, curl_off_t, curl_off_t);
static inline CURLcode ccurl_setopt_progress_cb(CURL *_Nonnull h, ccurl_progress_cb _Nullable cb) { return ccurl_api_table()->easy_setopt(h, CURLOPT_XFERINFOFUNCTION, cb); }

static inline CURLcode ccurl_getinfo_long(CURL *_Nonnull h, CURLINFO i, long *_Nonnull out) { return ccurl_api_table()->easy_getinfo(h, i, out); }
#endif
