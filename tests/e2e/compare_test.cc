// CompareFigures, ListClaims/GetClaim/GetFigure and offset encodings over real
// gRPC, on a small archive of articles whose figures agree, conflict, grow
// over days and differ in currency.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "tests/e2e/e2e_fixture.h"

namespace factwire {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::SizeIs;

// 2025-03-01T00:00:00Z.
constexpr int64_t kMarch1 = 1740787200;

struct Article {
  const char* id;
  int day;
  const char* text;
};

// A flood death toll that grows over five days (SUPERSEDED), 1 ton against
// 907 kg of cocaine and $1.3 billion against 1,300 million dollars
// (CONSISTENT), stranded travellers that fall between two sources
// (CONFLICTING), a fine in CAD and in USD (INCOMPARABLE), and an article in
// accents, CJK and emoji for the offset encodings.
constexpr Article kArchive[] = {
    {"flood-1", 1,
     "Flood kills 12 in river town\n\nThe flood has killed 12 people in "
     "Riverton, police said on Monday.\n\n\"We lost 12 people overnight,\" "
     "said Mayor Ana Ruiz.\n"},
    {"flood-2", 3,
     "Flood death toll rises\n\nThe flood has now killed 27 people in "
     "Riverton, officials said on Wednesday.\n\n\"We fear it will rise,\" "
     "Mayor Ana Ruiz told reporters.\n"},
    {"flood-3", 5,
     "Riverton mourns its dead\n\nThe flood has killed 41 people in "
     "Riverton, the coroner said on Friday.\n\n\"This is the worst disaster "
     "our town has seen,\" said Mayor Ana Ruiz.\n"},
    {"port-1", 1,
     "Police seize one ton of cocaine at port\n\nPolice seized 1 ton of "
     "cocaine at the port, the coast guard said.\n\n\"It is a record for "
     "this harbour,\" said Captain Leo Marsh.\n"},
    {"port-2", 2,
     "Record cocaine haul at the harbour\n\nOfficers found 907 kilograms of "
     "cocaine in a container at the port.\n\n\"We have never seen anything "
     "like it,\" said Captain Leo Marsh.\n"},
    {"transit-1", 1,
     "City approves transit budget\n\nThe council approved a budget of $1.3 "
     "billion for the new transit line.\n\n\"This line will change the "
     "city,\" said councillor Priya Shah.\n"},
    {"transit-2", 2,
     "Transit line wins funding\n\nThe council set a budget of 1,300 million "
     "dollars for the transit line.\n\n\"It is money well spent,\" said "
     "councillor Priya Shah.\n"},
    {"ferry-1", 1,
     "Ferry strike strands travellers\n\nThe strike stranded 5,000 "
     "travellers at the terminal, the operator said.\n\n\"Everyone is "
     "angry,\" said union leader Tom Okafor.\n"},
    {"ferry-2", 2,
     "Ferry strike ends\n\nThe strike stranded 3,000 travellers at the "
     "terminal, the union said.\n\n\"We won,\" said union leader Tom "
     "Okafor.\n"},
    {"spill-1", 1,
     "Shipping firm fined\n\nA court imposed a fine of C$2 million on the "
     "shipping firm for the oil spill.\n\n\"The fine sends a message,\" said "
     "prosecutor Marie Dubois.\n"},
    {"spill-2", 4,
     "Oil spill fine upheld\n\nAn appeal court upheld a fine of $2 million "
     "against the shipping firm.\n\n\"Justice was done,\" said prosecutor "
     "Marie Dubois.\n"},
    {"festival", 1,
     "F\u00eate in Montr\u00e9al draws crowds\n\nThe F\u00eate \u6771\u4eac "
     "\U0001F389 festival drew 40,000 visitors on Sunday.\n\n\"C'est "
     "magnifique \U0001F389,\" said organiser Zo\u00e9 Tremblay.\n"},
    {"festival-2", 2,
     "Montr\u00e9al festival closes\n\nThe f\u00eate drew 40,000 visitors "
     "on Sunday, organisers said.\n"},
};

// UTF-16 code units and code points in a UTF-8 string, counted directly.
int Utf16Units(const std::string& utf8) {
  int units = 0;
  for (unsigned char byte : utf8) {
    if ((byte & 0xC0) != 0x80) units += byte >= 0xF0 ? 2 : 1;
  }
  return units;
}

int CodePoints(const std::string& utf8) {
  int points = 0;
  for (unsigned char byte : utf8) points += (byte & 0xC0) != 0x80;
  return points;
}

class CompareEndToEndTest : public EndToEndTest {
 protected:
  void SetUp() override {
    EndToEndTest::SetUp();
    if (HasFatalFailure()) return;
    for (const Article& article : kArchive) {
      v1::IngestDocumentRequest request;
      request.set_content(article.text);
      request.set_media_type("text/plain");
      request.set_external_id(article.id);
      request.mutable_metadata()->mutable_publish_time()->set_seconds(
          kMarch1 + article.day * 86400);
      v1::IngestDocumentResponse response;
      grpc::Status status =
          ingest_stub_->IngestDocument(Context().get(), request, &response);
      ASSERT_TRUE(status.ok()) << article.id << ": " << status.error_message();
      names_[article.id] = response.document().name();
    }
  }

  // Every group CompareFigures returns for `filter`, page by page.
  std::vector<v1::FigureGroup> AllGroups(const std::string& filter,
                                         int page_size = 0) {
    v1::CompareFiguresRequest request;
    request.set_filter(filter);
    request.set_page_size(page_size);
    std::vector<v1::FigureGroup> groups;
    for (int pages = 0; pages < 50; ++pages) {
      v1::CompareFiguresResponse response;
      grpc::Status status =
          query_stub_->CompareFigures(Context().get(), request, &response);
      EXPECT_TRUE(status.ok()) << status.error_message();
      if (!status.ok()) break;
      groups.insert(groups.end(), response.groups().begin(),
                    response.groups().end());
      if (response.next_page_token().empty()) break;
      request.set_page_token(response.next_page_token());
    }
    return groups;
  }

  // The one group about `subject` (as written by its earliest figure).
  v1::FigureGroup GroupAbout(const std::vector<v1::FigureGroup>& groups,
                             const std::string& subject) {
    for (const v1::FigureGroup& group : groups) {
      if (group.subject() == subject) return group;
    }
    ADD_FAILURE() << "no group about " << subject;
    return v1::FigureGroup();
  }

  std::vector<std::string> Documents(const v1::FigureGroup& group) {
    std::vector<std::string> documents;
    for (const auto& observation : group.observations()) {
      documents.push_back(observation.document());
    }
    return documents;
  }

  v1::Document GetDocument(const std::string& id, v1::OffsetEncoding encoding) {
    v1::GetDocumentRequest request;
    request.set_name(names_[id]);
    request.set_offset_encoding(encoding);
    v1::Document document;
    grpc::Status status =
        query_stub_->GetDocument(Context().get(), request, &document);
    EXPECT_TRUE(status.ok()) << status.error_message();
    return document;
  }

  std::map<std::string, std::string> names_;
};

TEST_F(CompareEndToEndTest, VerdictsAcrossTheArchive) {
  std::vector<v1::FigureGroup> groups = AllGroups("");

  v1::FigureGroup toll = GroupAbout(groups, "people killed");
  EXPECT_EQ(toll.verdict(), v1::VERDICT_SUPERSEDED) << toll.explanation();
  EXPECT_EQ(toll.place(), "Riverton");
  ASSERT_THAT(Documents(toll), ElementsAre(names_["flood-1"], names_["flood-2"],
                                           names_["flood-3"]));
  EXPECT_TRUE(toll.observations(0).superseded());
  EXPECT_TRUE(toll.observations(1).superseded());
  EXPECT_FALSE(toll.observations(2).superseded());
  EXPECT_EQ(toll.observations(2).publish_time().seconds(), kMarch1 + 5 * 86400);
  EXPECT_THAT(toll.explanation(), HasSubstr(names_["flood-3"]));

  v1::FigureGroup cocaine = GroupAbout(groups, "cocaine");
  EXPECT_EQ(cocaine.verdict(), v1::VERDICT_CONSISTENT) << cocaine.explanation();
  EXPECT_EQ(cocaine.dimension(), v1::DIMENSION_MASS);
  EXPECT_EQ(cocaine.unit(), "kg");
  // The seizure story states its ton twice, in the headline and the body.
  ASSERT_THAT(cocaine.observations(), SizeIs(3));
  EXPECT_EQ(cocaine.observations(0).text(), "one ton");
  EXPECT_EQ(cocaine.observations(1).text(), "1 ton");
  EXPECT_EQ(cocaine.observations(0).document(), cocaine.observations(1).document());
  EXPECT_NEAR(cocaine.observations(1).interval().lower(), 902.65, 0.01);
  EXPECT_EQ(cocaine.observations(2).text(), "907 kilograms");

  v1::FigureGroup budget = GroupAbout(groups, "budget");
  EXPECT_EQ(budget.verdict(), v1::VERDICT_CONSISTENT) << budget.explanation();
  EXPECT_EQ(budget.unit(), "USD");

  v1::FigureGroup travellers = GroupAbout(groups, "travellers stranded");
  EXPECT_EQ(travellers.verdict(), v1::VERDICT_CONFLICTING)
      << travellers.explanation();
  EXPECT_THAT(travellers.explanation(), HasSubstr("do not overlap"));

  v1::FigureGroup fine = GroupAbout(groups, "fine");
  EXPECT_EQ(fine.verdict(), v1::VERDICT_INCOMPARABLE) << fine.explanation();
  EXPECT_EQ(fine.unit(), "CAD, USD");
}

TEST_F(CompareEndToEndTest, CompareFiguresFiltersAndPages) {
  std::vector<v1::FigureGroup> all = AllGroups("");
  std::vector<v1::FigureGroup> paged = AllGroups("", /*page_size=*/1);
  ASSERT_EQ(paged.size(), all.size());
  for (size_t i = 0; i < all.size(); ++i) {
    EXPECT_EQ(paged[i].subject(), all[i].subject());
  }
  std::vector<v1::FigureGroup> mass = AllGroups("dimension = MASS");
  ASSERT_THAT(mass, SizeIs(1));
  EXPECT_EQ(mass[0].subject(), "cocaine");

  v1::CompareFiguresRequest bad;
  bad.set_filter("dimension = LOUDNESS");
  v1::CompareFiguresResponse response;
  ExpectStatus(query_stub_->CompareFigures(Context().get(), bad, &response),
               grpc::StatusCode::INVALID_ARGUMENT, "filter");
}

TEST_F(CompareEndToEndTest, ListClaimsBySourceAcrossDocuments) {
  v1::ListClaimsRequest request;
  request.set_parent("documents/-");
  request.set_filter("source = \"sources/ana-ruiz\"");
  request.set_page_size(2);
  std::vector<std::string> documents;
  for (int pages = 0; pages < 10; ++pages) {
    v1::ListClaimsResponse response;
    grpc::Status status =
        query_stub_->ListClaims(Context().get(), request, &response);
    ASSERT_TRUE(status.ok()) << status.error_message();
    for (const v1::Claim& claim : response.claims()) {
      EXPECT_EQ(claim.source_id(), "ana-ruiz");
      documents.push_back(claim.document());
    }
    if (response.next_page_token().empty()) break;
    request.set_page_token(response.next_page_token());
  }
  EXPECT_THAT(documents, ElementsAre(names_["flood-1"], names_["flood-2"],
                                     names_["flood-3"]));

  // GetClaim and GetFigure by the names lists return.
  v1::GetClaimRequest get;
  v1::ListClaimsRequest one;
  one.set_parent(names_["port-2"]);
  v1::ListClaimsResponse listed;
  ASSERT_TRUE(query_stub_->ListClaims(Context().get(), one, &listed).ok());
  ASSERT_GT(listed.claims_size(), 0);
  get.set_name(listed.claims(0).name());
  v1::Claim claim;
  ASSERT_TRUE(query_stub_->GetClaim(Context().get(), get, &claim).ok());
  EXPECT_EQ(claim.text(), listed.claims(0).text());

  v1::GetFigureRequest figure_request;
  figure_request.set_name(names_["port-2"] + "/figures/f1");
  v1::Figure figure;
  grpc::Status status =
      query_stub_->GetFigure(Context().get(), figure_request, &figure);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(figure.text(), "907 kilograms");

  figure_request.set_name(names_["port-2"] + "/figures/f99");
  ExpectStatus(query_stub_->GetFigure(Context().get(), figure_request, &figure),
               grpc::StatusCode::NOT_FOUND, "");
  get.set_name("documents/x/claims");
  ExpectStatus(query_stub_->GetClaim(Context().get(), get, &claim),
               grpc::StatusCode::INVALID_ARGUMENT, "name");
}

TEST_F(CompareEndToEndTest, OffsetEncodingsCountAccentsCjkAndEmoji) {
  v1::Document utf8 = GetDocument("festival", v1::OFFSET_ENCODING_UNSPECIFIED);
  v1::Document utf16 = GetDocument("festival", v1::OFFSET_ENCODING_UTF16);
  v1::Document utf32 = GetDocument("festival", v1::OFFSET_ENCODING_UTF32);
  ASSERT_GT(utf8.claims_size(), 0);
  ASSERT_GT(utf8.figures_size(), 0);
  const std::string& text = utf8.text();
  auto expect_span = [&](const v1::TextSpan& bytes, const v1::TextSpan& u16,
                         const v1::TextSpan& u32) {
    EXPECT_EQ(u16.begin(), Utf16Units(text.substr(0, bytes.begin())));
    EXPECT_EQ(u16.end(), Utf16Units(text.substr(0, bytes.end())));
    EXPECT_EQ(u32.begin(), CodePoints(text.substr(0, bytes.begin())));
    EXPECT_EQ(u32.end(), CodePoints(text.substr(0, bytes.end())));
  };
  for (int i = 0; i < utf8.paragraphs_size(); ++i) {
    expect_span(utf8.paragraphs(i), utf16.paragraphs(i), utf32.paragraphs(i));
  }
  for (int i = 0; i < utf8.claims_size(); ++i) {
    expect_span(utf8.claims(i).span(), utf16.claims(i).span(),
                utf32.claims(i).span());
    expect_span(utf8.claims(i).sentence_span(), utf16.claims(i).sentence_span(),
                utf32.claims(i).sentence_span());
    expect_span(utf8.claims(i).speaker_span(), utf16.claims(i).speaker_span(),
                utf32.claims(i).speaker_span());
    expect_span(utf8.claims(i).cue_span(), utf16.claims(i).cue_span(),
                utf32.claims(i).cue_span());
  }
  const v1::Figure& visitors = utf8.figures(0);
  expect_span(visitors.span(), utf16.figures(0).span(),
              utf32.figures(0).span());
  // The emoji before "40,000" counts 2 in UTF-16, 1 as a code point.
  EXPECT_EQ(utf16.figures(0).span().begin() - utf32.figures(0).span().begin(),
            1);

  // The same conversion on the record reads.
  v1::GetFigureRequest get;
  get.set_name(visitors.name());
  get.set_offset_encoding(v1::OFFSET_ENCODING_UTF16);
  v1::Figure figure;
  ASSERT_TRUE(query_stub_->GetFigure(Context().get(), get, &figure).ok());
  EXPECT_EQ(figure.span().begin(), utf16.figures(0).span().begin());

  v1::ListClaimsRequest list;
  list.set_parent(names_["festival"]);
  list.set_offset_encoding(v1::OFFSET_ENCODING_UTF32);
  v1::ListClaimsResponse claims;
  ASSERT_TRUE(query_stub_->ListClaims(Context().get(), list, &claims).ok());
  ASSERT_EQ(claims.claims_size(), utf32.claims_size());
  EXPECT_EQ(claims.claims(0).span().begin(), utf32.claims(0).span().begin());

  v1::SearchClaimsRequest search;
  search.set_query("magnifique");
  search.set_offset_encoding(v1::OFFSET_ENCODING_UTF16);
  v1::SearchClaimsResponse hits;
  ASSERT_TRUE(query_stub_->SearchClaims(Context().get(), search, &hits).ok());
  ASSERT_EQ(hits.claims_size(), 1);
  EXPECT_EQ(hits.claims(0).span().begin(),
            Utf16Units(text.substr(0, text.find("C'est"))));

  v1::ListFiguresRequest figures;
  figures.set_parent(names_["festival"]);
  figures.set_offset_encoding(v1::OFFSET_ENCODING_UTF32);
  v1::ListFiguresResponse listed;
  ASSERT_TRUE(query_stub_->ListFigures(Context().get(), figures, &listed).ok());
  EXPECT_EQ(listed.figures(0).span().begin(), utf32.figures(0).span().begin());

  // CompareFigures observations: the festival's 40,000 visitors, twice.
  v1::CompareFiguresRequest compare;
  compare.set_filter("subject:visitors");
  compare.set_offset_encoding(v1::OFFSET_ENCODING_UTF16);
  v1::CompareFiguresResponse groups;
  ASSERT_TRUE(
      query_stub_->CompareFigures(Context().get(), compare, &groups).ok());
  ASSERT_EQ(groups.groups_size(), 1);
  EXPECT_EQ(groups.groups(0).verdict(), v1::VERDICT_CONSISTENT);
  ASSERT_EQ(groups.groups(0).observations_size(), 2);
  const v1::FigureObservation& first = groups.groups(0).observations(0);
  EXPECT_EQ(first.document(), names_["festival"]);
  EXPECT_EQ(first.span().begin(), utf16.figures(0).span().begin());
  EXPECT_EQ(first.span().end(), utf16.figures(0).span().end());

  get.set_offset_encoding(static_cast<v1::OffsetEncoding>(7));
  ExpectStatus(query_stub_->GetFigure(Context().get(), get, &figure),
               grpc::StatusCode::INVALID_ARGUMENT, "offset_encoding");
}

}  // namespace
}  // namespace factwire
