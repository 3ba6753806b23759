// Test pages in the styles of real news sites (written for these tests).
#ifndef FACTWIRE_TESTS_INGEST_SERVICE_PARSE_HTML_PAGES_H_
#define FACTWIRE_TESTS_INGEST_SERVICE_PARSE_HTML_PAGES_H_

namespace factwire {
namespace testing_pages {

// An <article> page with site navigation, ads, scripts, a figure, related links,
// an aside and a footer around it.
inline constexpr char kArticlePage[] = R"html(<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Harbour clean-up to cost &pound;48m, council says | The Coastal Herald</title>
<meta name="description" content="The council approved a plan to clean the harbour by 2028.">
<meta property="og:title" content="Harbour clean-up to cost &pound;48m">
<meta property="og:site_name" content="The Coastal Herald">
<meta property="article:published_time" content="2025-02-04T10:30:00+00:00">
<meta property="article:section" content="Environment">
<meta name="author" content="Priya Natarajan">
<link rel="canonical" href="https://herald.example/news/harbour-clean-up?ref=a&amp;b=1">
<script>window.dataLayer = []; if (a < b) { document.write("<p>not text</p>"); }</script>
<style>p { color: #333 }</style>
</head>
<body class="article-page has-sidebar">
<header class="site-header"><a href="/">The Coastal Herald</a>
  <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  <p>Today: Tuesday 4 February 2025</p>
</header>
<div class="ad-slot"><span>Advertisement</span></div>
<main id="content">
<article>
  <header>
    <h1>Harbour clean-up will cost &pound;48m</h1>
    <p class="standfirst">Councillors back a five-year plan for the bay.</p>
    <p class="byline">By <a rel="author" href="/staff/priya">Priya Natarajan</a></p>
    <time datetime="2025-02-04T09:00:00Z">4 February 2025</time>
  </header>
  <p>PORTSMOUTH &mdash; The city council approved a &pound;48 million plan on Monday to
     clean the harbour.</p>
  <figure><img src="harbour.jpg" alt="The harbour"><figcaption>The harbour at dawn.
    Photo: J. Smith</figcaption></figure>
  <p>&ldquo;Families have not been able to swim here for a decade,&rdquo; said Mayor
     Elena Marsh. &ldquo;That ends now.&rdquo;</p>
  <div class="related-links"><h3>Related</h3>
    <ul><li><a href="/a">Bay water tests fail again</a></li></ul></div>
  <p>Advertisement</p>
  <h2>What happens next</h2>
  <p>Work begins in <em>spring</em>, the council&#8217;s engineer, Tom Reyes, said.</p>
  <script>trackRead();</script>
</article>
<aside><h2>Most read</h2><ol><li><a href="/x">Ferry strike ends</a></li></ol></aside>
</main>
<footer><p>&copy; 2025 The Coastal Herald. All rights reserved.</p></footer>
</body>
</html>
)html";

// No <article> or <main>: old-style uppercase markup with unquoted attributes,
// unclosed <p>, a stray </div> and JSON-LD metadata in an @graph.
inline constexpr char kLegacyPage[] = R"html(<HTML LANG=en-US>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8">
<TITLE>Transit fares frozen for 2026 - Metro Daily</TITLE>
<SCRIPT TYPE="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "@id": "#site", "name": "Metro Daily"},
  {"@type": "Person", "@id": "#ana", "name": "Ana Diaz"},
  {"@type": "NewsArticle", "headline": "Transit fares frozen for 2026",
   "datePublished": "2025-11-03T08:15:00-05:00",
   "author": [{"@id": "#ana"}, {"@type": "Person", "name": "Lee Park"}],
   "articleSection": "City",
   "mainEntityOfPage": {"@id": "https://metro.example/transit-fares"}}]}
</SCRIPT>
</HEAD>
<BODY BGCOLOR=white>
<DIV ID=menu><A HREF=/>Home</A> | <A HREF=/city>City</A> | <A HREF=/sports>Sports</A></DIV>
<TABLE WIDTH=600><TR><TD>
<H1>Transit fares frozen for 2026</H1>
<P>The transit board voted on Tuesday to freeze fares for another year.
<P>Board chair Rosa Alvarez said the freeze would save a typical commuter about $120 a
year.
</DIV></DIV>
<P>&quot;We listened to riders,&quot; Alvarez told reporters.</P>
<DIV CLASS=share><A HREF=#>Share on Facebook</A></DIV>
Copyright 2025
</TD></TR></TABLE>
</BODY></HTML>
)html";

}  // namespace testing_pages
}  // namespace factwire

#endif  // FACTWIRE_TESTS_INGEST_SERVICE_PARSE_HTML_PAGES_H_
