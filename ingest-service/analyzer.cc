#include "ingest-service/analyzer.h"

#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "ingest-service/parse/parser.h"
#include "openssl/evp.h"
#include "openssl/sha.h"

namespace factwire {
namespace {

// SHA-256 fetched from the default provider once: SHA256() fetches it again
// on every call, which costs about as much as hashing a short document.
const EVP_MD* Sha256Digest() {
  static const EVP_MD* const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  return md;
}

// The calling thread's digest context, made once and reinitialised per hash:
// EVP_Digest() makes and frees a context (and its state) on every call.
EVP_MD_CTX* ThreadDigestContext() {
  struct Context {
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
  };
  thread_local Context context;
  return context.ctx;
}

std::string Sha256Hex(absl::string_view bytes) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  const EVP_MD* md = Sha256Digest();
  EVP_MD_CTX* ctx = ThreadDigestContext();
  if (md == nullptr || ctx == nullptr || EVP_DigestInit_ex2(ctx, md, nullptr) != 1 ||
      EVP_DigestUpdate(ctx, bytes.data(), bytes.size()) != 1 ||
      EVP_DigestFinal_ex(ctx, digest, nullptr) != 1) {
    SHA256(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), digest);
  }
  static const char kHex[] = "0123456789abcdef";
  std::string hex(2 * SHA256_DIGEST_LENGTH, '0');
  for (int i = 0; i < SHA256_DIGEST_LENGTH; ++i) {
    hex[2 * i] = kHex[digest[i] >> 4];
    hex[2 * i + 1] = kHex[digest[i] & 0xF];
  }
  return hex;
}

// Copies the non-empty metadata fields of `overrides` onto `doc`.
void ApplyOverrides(const v1::Document& overrides, v1::Document* doc) {
  if (!overrides.headline().empty()) doc->set_headline(overrides.headline());
  if (!overrides.subheadline().empty()) doc->set_subheadline(overrides.subheadline());
  if (!overrides.section().empty()) doc->set_section(overrides.section());
  if (!overrides.dateline().empty()) doc->set_dateline(overrides.dateline());
  if (!overrides.language().empty()) doc->set_language(overrides.language());
  if (overrides.authors_size() > 0) *doc->mutable_authors() = overrides.authors();
  if (overrides.has_publish_time())
    *doc->mutable_publish_time() = overrides.publish_time();
  if (overrides.has_ingest_time()) *doc->mutable_ingest_time() = overrides.ingest_time();
}

// Makes `*doc` the parsed document, keeping the claim, figure and source
// elements `*doc` held (Extract() clears them and reuses them, with their
// strings' room, instead of allocating new ones). `*parsed` is left unspecified.
void TakeParsed(v1::Document* parsed, v1::Document* doc) {
  if (parsed->GetArena() != doc->GetArena()) {
    *doc = std::move(*parsed);  // a copy across arenas
    return;
  }
  // The parser writes no records: `*parsed` takes the kept ones for the swap.
  parsed->mutable_claims()->Swap(doc->mutable_claims());
  parsed->mutable_figures()->Swap(doc->mutable_figures());
  parsed->mutable_sources()->Swap(doc->mutable_sources());
  doc->Swap(parsed);
}

}  // namespace

Analyzer::Analyzer(std::unique_ptr<Extractor> extractor)
    : extractor_(std::move(extractor)) {}

absl::StatusOr<std::unique_ptr<Analyzer>> Analyzer::Create() {
  absl::StatusOr<std::unique_ptr<Extractor>> extractor = Extractor::Create();
  if (!extractor.ok()) return absl::InternalError(extractor.status().message());
  return std::unique_ptr<Analyzer>(new Analyzer(*std::move(extractor)));
}

absl::StatusOr<v1::Document> Analyzer::Analyze(const AnalyzeInput& input) const {
  v1::Document doc;
  if (absl::Status status = AnalyzeInto(input, &doc); !status.ok()) return status;
  return doc;
}

absl::Status Analyzer::AnalyzeInto(const AnalyzeInput& input, v1::Document* doc) const {
  if (input.content.size() > kMaxContentBytes) {
    return absl::ResourceExhaustedError(
        absl::StrCat("content: ", input.content.size(), " bytes exceeds the limit of ",
                     kMaxContentBytes, " bytes (kMaxContentBytes)"));
  }
  absl::StatusOr<v1::Document> parsed = ParseDocument(input.content, input.media_type);
  if (!parsed.ok()) return parsed.status();
  TakeParsed(&*parsed, doc);
  ApplyOverrides(input.metadata, doc);
  doc->set_content_sha256(Sha256Hex(input.content));
  const std::string id_hash =
      input.external_id.empty() ? doc->content_sha256() : Sha256Hex(input.external_id);
  doc->set_document_id(id_hash.substr(0, 16));
  doc->set_name(absl::StrCat("documents/", doc->document_id()));
  doc->set_external_id(input.external_id);
  if (!input.url.empty()) doc->set_url(input.url);  // else the page's own (HTML)
  return extractor_->Extract(doc);
}

}  // namespace factwire
