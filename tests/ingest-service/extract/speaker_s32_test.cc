// Whom a he/she speaker stands for when the mention finder's antecedent is a
// one-word name with nothing of a person about it: a town or a river opening
// its sentence ("Tarouca lies ..."), a capitalised common word ("Part of the
// problem ..."). The person named before it as a subject or next to a cue,
// shown by a title, speaks; a bare name that speaks itself, or that an earlier
// pronoun of the same gender stood for, keeps the claim.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::ExpectSourceNames;
using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::kClose;
using ::factwire::testing_extract::kOpen;
using ::factwire::testing_extract::SourceNameOf;

using Case = ::factwire::testing_extract::ClaimCase;

// A town, a valley or a common word opening the sentence before the pronoun
// is no one: the titled person named before speaks.
TEST(SpeakerBareNames, PlaceOrWordBeforePronounIsNoOne) {
  const Case cases[] = {
      {"Mayor Ilse Marques said the bridge would stay shut until spring. Tarouca lies "
       "on the only road south, and the detour adds an hour.\n\n" +
           kOpen + "Every lorry now goes through the square," + kClose + " she said.",
       "Every lorry now goes", "Ilse Marques"},
      {"Dr. Tomasz Wrona, a hydrologist at the regional water board, said the dam held. "
       "Dunajec rose by two metres overnight, he added.",
       "rose by two metres overnight", "Tomasz Wrona"},
      {"Race director Carla Nunes said 14 runners were treated for cramp. Nobody was "
       "taken to hospital, she said.",
       "Nobody was taken to hospital", "Carla Nunes"},
      {"The shortage is worse in the hills, said Coun. Peter Odhiambo. Much of the "
       "water is trucked in from Nakuru, he said.",
       "trucked in from Nakuru", "Peter Odhiambo"},
  };
  ExpectSourceNames(cases);
}

// A name after the cue's relative pronoun counts as next to a cue.
TEST(SpeakerBareNames, PersonBeforeWhoSaidSpeaks) {
  const Case cases[] = {
      {"The board also heard from Coun. Amara Diallo, who said the ferry was often late. "
       "Rosso loses two market days a month to the river, she noted.",
       "loses two market days", "Amara Diallo"},
  };
  ExpectSourceNames(cases);
}

// A bare name that speaks, or that an earlier she stood for, is a person.
TEST(SpeakerBareNames, BareNameThatSpeaksKeepsTheClaim) {
  const Case cases[] = {
      {"Senator Ruth Abara opened the hearing. Okonjo said the audit was late. The "
       "money was never spent, he said.",
       "never spent", "Okonjo"},
      {"Chairwoman Lydia Fenn called the vote. Varga, a first-term member, had opposed "
       "the plan since March, and she voted against it again on Tuesday. The plan is "
       "rushed, she said.",
       "The plan is rushed", "Varga"},
  };
  ExpectSourceNames(cases);
}

}  // namespace
}  // namespace factwire
