"""Harassment of a person on the wall, matched as a form of words.

The contextual model reads insults well but misses a commenter being driven off with
ordinary words: "Nobody asked for your opinion, David. Leave this site.", "John, you're
too thick to understand scripture. Stop embarrassing yourself." were published. The
forms matched here:

* telling someone to leave or be silent, as an imperative that opens a sentence or
  follows the name it is said to ("Get lost.", "Maria, go cry somewhere else", "Leave
  this site.", "Shut up", "Stop embarrassing yourself");
* telling someone nobody wants them ("Nobody cares about your …", "No one here likes
  you");
* calling the reader worthless ("you're too thick", "you are pathetic", "you're a
  joke", "your prayers are worthless and so are you");
* holding over someone where they live or work, or their children's school ("I found
  your Facebook. Your kids' school too.", "I'm going to post your home address", "I
  found out where Grace works. Let's all call her boss."), their details or photos
  being passed on ("I'm sharing your real name and phone number with …", "I'm sending
  them to your father"), or that everyone will be told ("I'll make sure everyone knows",
  "… your whole church knows");
* a crowd set on someone ("Everyone report and spam his page until he quits.");
* ridicule and exposure: insults heaped on the reader ("Your profile picture says it
  all: fat, ugly and stupid.", "as ugly as your face"), "everyone … laughs at you", "if
  you had a brain", a name called at someone addressed ("Pray for yourself, idiot."), a
  secret held over them ("Your family in Lahore will hear about your conversion.", "I'll
  share your real name"), "you deserve everything that's coming to you".

Quoted words are removed first, so a post that reports what was said to its author
('They shouted "get lost" at us as we left church') does not match; "shut up the
mouths of lions", "shut up a burning fire in their bones" (Jeremiah 20:9) and "may the
darkness go away" do not either. A match only *holds* the text for a moderator; it never
rejects.
"""

from __future__ import annotations

import re

from .contempt import ONE_BORN
from .wording import QUOTED, fold

__all__ = ["harassment_phrases"]

# Words for a person's looks and wits that are insults when heaped together.
_INSULT = (
    r"(?:fat|ugly|stupid|dumb|thick|worthless|pathetic|disgusting|brainless|useless|ignorant|"
    r"hideous|repulsive|lazy|smelly|creepy|deranged|clueless|fake|phony|phoney|bogus|"
    r"crooked|dishonest)"
)
# Where a person is told to go back to: "… go back to Mexico", "go back to where you came from"
_HOMELANDS = (
    r"mexico|africa|pakistan|india|china|nigeria|somalia|syria|iraq|iran|afghanistan|"
    r"bangladesh|turkey|morocco|algeria|poland|romania|jamaica|arabia|saudi\s+arabia|the\s+middle\s+"
    r"east|asia|your\s+(?:own\s+)?(?:country|village|desert|mosque|tribe|rosary|temple|synagogue|idols|"
    r"prayer\s+mat|statues)|where\s+you\s+(?:came|come)\s+"
    r"from|wherever\s+you\s+(?:came|come)\s+from"
)
# Who a person is, as they are told it: "You're Black, so …", "you are a woman, so …"
_WHO_YOU_ARE = (
    r"an?\s+(?:woman|girl|female|immigrant|foreigner|migrant|refugee|cripple|convert|muslim|jew|"
    r"hindu|atheist|black\s+\w+|gay\s+\w+|trans\s+\w+|\w+\s+immigrant)|black|disabled|gay|trans|"
    r"muslim|jewish|autistic|blind|deaf|crippled|foreign"
)
# Opens a sentence or a clause, or follows a name or a comma ("Maria, go …").
_START = r"(?:^|[.!?;:,\n]\s*|\bjust\s+|\band\s+|\bso\s+)"
_PATTERNS = [
    # hounding someone off the wall: "I'll reply to every single post you make until you quit"
    r"\bi(?:'ll| will|'m going to| am going to|'m gonna| am gonna)\s+(?:keep\s+)?"
    r"(?:reply|replying|respond|responding|comment|commenting|follow|following|message|"
    r"messaging|report|reporting|tag|tagging)\b[^.!?]{0,50}\buntil\s+you\s+(?:quit|leave|"
    r"give up|go away|disappear|delete|stop posting|shut up|cry|break|answer me|reply to me|"
    r"respond to me|talk to me|meet me|give in|block me)\b",
    rf"{_START}(?:get lost|go away|go cry|crawl back|disappear\b|"
    # (not "shut up the mouths of lions", "shut up a burning fire in their bones")
    r"shut up(?!\s+(?:the|a|an|their|his|her|its|our|my|in|within)\b)|"
    r"shut your (?:mouth|trap|face)|stop embarrassing yourself|"
    r"(?:leave|get off) (?:this|our|my) (?:site|page|wall|forum|place))",
    # "Samuel you're a coward hiding behind "love your enemies." Grow a spine or get out."
    # (not a prayer for courage: "Lord, grow a spine of faith in us")
    # (nor a wish for the average person to "grow some balls", said of nobody here)
    rf"{_START}(?<!lord, )(?<!god, )(?<!jesus, )(?<!father, )grow (?:a spine|some (?:balls|"
    r"backbone|guts))(?!\s+(?:of|in|for|within)\b)"
    r"|\bgrow (?:a spine|some (?:balls|backbone|guts)),? or (?:get out|leave|shut up|go away|"
    r"get lost|go home|go back)\b",
    r"\b(?:nobody|no one|no-one)\s+(?:here\s+)?(?:asked for|cares about|wants|needs|likes|reads)\s+"
    r"(?:your|you)\b",
    # "youre so ugly no wonder your husband walked out"
    rf"\byou(?:'re| are| r)\s+(?:so|too|such an?|really|truly|utterly)\s+{_INSULT}\b",
    # "you're a deluded child for believing in him", "you're brainwashed"
    r"\byou(?:'re| are| r)\s+(?:just\s+)?(?:a|an|such\s+a|such\s+an)\s+(?:deluded|brainwashed|"
    r"gullible|delusional|naive|pathetic|silly|stupid|sad|ignorant|dumb)\s+(?:little\s+|old\s+)?"
    r"(?:child|kid|baby|fool|sheep|man|woman|person|girl|boy|idiot|cultist|zealot)\b",
    r"\byou(?:'re| are| r)\s+(?:so\s+|completely\s+|totally\s+|utterly\s+|clearly\s+|just\s+)?"
    r"(?:deluded|delusional|brainwashed)\b",
    r"\byou(?:'re| are| r)\s+(?:so |too |such )?(?:thick|brainless|pathetic|worthless|useless|"
    r"a joke|a fraud|a clown|an? (?:idiot|fool|moron|loser|liar|hypocrite|creep|disgrace)|"
    r"a fake(?: christian| believer)?)\b",
    # "Pastor Dan, you're a pathetic excuse for a minister.", "You're a waste of oxygen."
    r"\byou(?:'re| are| r)\s+(?:just\s+)?(?:a|an|such a|the)\s+(?:(?:pathetic|sorry|poor|miserable|"
    r"worthless|disgusting|sad|lousy|shameful)\s+)?excuse\s+for\s+(?:a|an)\s+\w+",
    r"\byou(?:'re| are| r)\s+(?:just\s+|nothing but\s+)?(?:a|an)\s+(?:complete\s+|total\s+)?"
    r"waste\s+of\s+(?:oxygen|space|air|skin|a life|breath|a human being)\b",
    # "your prayers are worthless and so are you"
    r"\b(?:worthless|useless|pathetic|stupid|rubbish|garbage|trash|a joke|a waste)\b"
    r"[^.!?]{0,40}\band so (?:are you|is your (?:marriage|family|face|life|church|ministry|"
    r"faith|mother|husband|wife))\b",
    # "… reminding everyone what a fake you are"
    r"\bwhat\s+(?:a|an)\s+(?:fake|fraud|joke|liar|hypocrite|loser|idiot|failure|disgrace|"
    r"embarrassment|creep|clown|phony|phoney)\s+you\s+(?:are|really are|were)\b",
    # "You'd better watch yourself, Daniel."
    r"\byou(?:'d| had| better)\s+(?:better\s+)?watch\s+(?:yourself|your back|your step|"
    r"your mouth|out(?=\s*(?:[.!,]|$)))",
    # "Godless people like him are worthless.", "Mr Okafor, go back to the jungle you came
    # from."
    r"\bpeople\s+like\s+(?:him|her|you|them|that|this\s+\w+)\s+(?:are|r)\s+(?:all\s+|just\s+|"
    rf"nothing\s+but\s+)?(?:{_INSULT}|trash|scum|garbage|vermin|filth|a\s+disease|a\s+cancer|"
    r"parasites|animals|idiots|morons|subhuman)\b",
    rf"{_START}(?:now\s+|just\s+)?go\s+back\s+to\s+(?:the|your)\s+(?:jungle|desert|caves?|trees?|"
    r"mud\s+huts?|huts?|slums?|swamps?|zoo)\b",
    # "Hey Yusuf, found your Facebook. Let's see how your boss likes the comments you post
    # here.", "… I'll follow you to every site you're on.", "Be a shame if people here found
    # out where they go to school."
    r"(?:^|[.!?,]\s*)(?:found|got|tracked\s+down|dug\s+up|looked\s+up)\s+your\s+(?:facebook|"
    r"instagram|twitter|tiktok|linkedin|profile|address|home\s+address|workplace|number|"
    r"phone\s+number|employer|real\s+name)\b",
    r"\blet'?s\s+see\s+(?:how|what)\s+your\s+(?:boss|employer|manager|family|wife|husband|church|"
    r"pastor|imam|parents|mum|mom|dad|father|mother|kids|neighbou?rs|landlord)\s+(?:likes?|thinks?|"
    r"feels?|reacts?|takes?|says?|makes\s+of)\b",
    r"\bi(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'m\s+gonna)\s+follow\s+you\s+(?:to\s+every|"
    r"everywhere|home|around|wherever|to\s+your\s+(?:house|home|work|church|car))\b",
    r"\b(?:shame|pity)\s+if\s+(?:people|everyone|everybody|someone|somebody|anyone|they|folks)"
    r"(?:\s+(?:here|on\s+this\s+(?:site|wall|page)))?\s+(?:found|find|were\s+to\s+find|happened\s+to\s+"
    r"find)\s+out\s+(?:where|who|what|about)\b",
    # "Watch yourself." said as a sentence of its own
    r"(?:^|[.!?]\s*)watch\s+(?:yourself|your\s+back)\s*(?:[.!]+|$)",
    # an address pieced together: "I pieced together your address from your old posts."
    r"\b(?:pieced\s+together|figured\s+out|worked\s+out|dug\s+up|got\s+hold\s+of|narrowed\s+"
    r"down)\s+(?:where\s+you\s+(?:live|work)|your\s+(?:home\s+|real\s+|work\s+)?(?:address|"
    r"phone\s+number|workplace|street|school))\b",
    # a woman mocked as one kept at home: "does your husband let you type or did you sneak
    # out of the kitchen?", "Get back in the kitchen."
    r"\bdoes\s+your\s+(?:husband|father|dad|imam|brother|owner|master|man)\s+(?:let|allow)\s+"
    r"you\b",
    r"(?:^|[.!?,]\s*|\bnow\s+|\bjust\s+)(?:get|go|run|crawl|hurry)\s+back\s+(?:in|to|into)\s+"
    r"(?:the|your)\s+kitchen\b|\b(?:sneak|sneaked|snuck|escape|escaped|let\s+you)\s+out\s+of\s+"
    r"(?:the|your)\s+kitchen\b",
    # "I've seen your house. Nice garden.", "heard your daughter walks home alone"
    r"\b(?:i|we)(?:'ve| have)?\s+(?:seen|saw|been to|driven past|drove past|walked past|"
    r"watched)\s+your\s+(?:house|home|flat|apartment|car|front door|street)\b",
    r"\byour\s+(?:daughter|son|kids|children|wife|husband|mother|mum|mom|girlfriend|"
    r"boyfriend)\s+(?:walks|walk|goes|go|gets|get|comes|come|drives|drive|cycles|cycle)\s+"
    r"(?:home\s+|back\s+|to school\s+|to work\s+)?alone\b",
    # where a person lives, works or sends their children, held over them
    r"\bi(?:'ve| have)? (?:found|know|have|got|looked up|tracked down) "
    r"(?:where you (?:live|work)|your (?:home |real |)(?:address|facebook|instagram|workplace|"
    r"phone number))\b",
    r"\bi (?:found|looked up|tracked down) your (?:house|home|office|car|family|kids|children|"
    r"wife|husband)\b",
    r"\b(?:post|publish|leak|spread) (?:up )?your (?:home |real |)(?:address|phone number|"
    r"number|details)\b",
    r"\byour (?:kids'?|children's|child's|daughter's|son's) school\b",
    r"\bi(?:'ll| will) make sure (?:everyone|everybody|(?:your |the )?whole \w+|all of \w+) "
    r"(?:knows|finds out|hears|sees)\b",
    # exposure under way: "I'm sharing your real name and phone number with …", "I
    # screenshotted your photos and I'm sending them to your father."
    r"\bi(?:'m| am)\s+(?:sharing|posting|publishing|leaking|sending|forwarding|giving out)\s+"
    r"(?:up\s+)?your\s+(?:real\s+name|full\s+name|name|home\s+address|address|phone\s+number|"
    r"number|photos|pictures|messages|details|identity)\b",
    r"\bi(?:'ll| will|'m going to| am going to|'m| am)\s+(?:screenshotting|saving|recording|"
    r"copying)\s+(?:this|it|these|those|everything|your \w+)(?:\s+you\s+(?:post|write|say|"
    r"share|comment))?(?:\s+(?:here|on here|on this page))?\s+and\s+(?:i'?m\s+|i am\s+)?"
    r"(?:sending|showing|forwarding|sharing)\s+(?:it|them|this)\s+(?:to|with)\s+your\s+\w+"
    r"(?![^.!?]*\bso (?:he|she|they) can pray\b)",
    r"\bi(?:'m| am|'ll| will|'m going to| am going to)\s+(?:send|sending|show|showing|forward|"
    r"forwarding)\s+(?:them|it|these|those|this|everything)\s+to\s+your\s+(?:father|dad|"
    r"mother|mum|mom|parents|family|husband|wife|boss|employer|church|pastor|imam|brothers?|"
    r"sisters?)\b",
    # a secret held over someone: "Resign or we'll tell your wife."
    r"\b(?:or|otherwise|unless you \w+|or else)\s*,?\s*(?:we|i)(?:'ll| will|'re going to| are "
    r"going to|'m going to| am going to)\s+(?:tell|show|send (?:it|this|them) to|inform|let "
    r"(?:everyone|your \w+) know|expose you to)\s+(?:your|everyone|the whole)\b",
    # "we saw where you park your car", "I know which bus your kids take"
    r"\b(?:we|i)(?:'ve| have)?\s+(?:saw|seen|know|watched|followed|noticed|found)\s+(?:where|"
    r"when|which \w+)\s+(?:you|your (?:kids|children|wife|husband|daughter|son|family))\s+"
    r"(?:park|live|work|sleep|pray|shop|go|walk|leave|take|catch|study|drive|play|stay)(?:s|es)?\b",
    # "I found out where Grace works. Let's all call her boss."
    r"\bi\s+(?:found out|know|found|looked up|tracked down)\s+where\s+(?:she|he|[a-z]+)\s+"
    r"(?:lives|works)\b",
    r"\b(?:let'?s|lets|we should|everyone should|everybody should)\s+all\s+(?:call|email|"
    r"write to|message|contact|visit|tell)\s+(?:his|her|their)\s+(?:boss|employer|workplace|"
    r"family|parents|wife|husband|pastor|church|school)\b",
    # a crowd set on someone: "Everyone report and spam Pastor James's page until he quits."
    r"\b(?:everyone|everybody|let'?s all|lets all|we should all|all of you|y'?all|you all)\s+"
    r"(?![^.!?]*\b(?:spam\s+(?:account|accounts|page|profile|comments?|posts?|links?)|"
    r"spammers?|bots?|scam\s+\w+|scammers?)\b)"
    r"(?:should\s+)?(?:report|flag|spam|mass[- ]report)\b[^.!?]{0,60}\buntil\s+(?:he|she|they|"
    r"it|his\s+\w+|her\s+\w+|their\s+\w+)"
    r"(?:'s|'re| is| are| gets?)?\s*(?:banned|quits?|leaves?|gone|deleted|removed|silenced)\b",
    # a detail of someone's life recited to them: "Aigerim, your address is 14 Abay Street,
    # right?"
    r"\byour\s+(?:home\s+|real\s+|new\s+|work\s+|)(?:address|phone\s+number|mobile\s+number|"
    r"number|workplace|plate\s+number|licence\s+plate|license\s+plate)\s+is\s+(?:\d|[a-z]+\s+\d)",
    r"\byou\s+live\s+(?:at|on)\s+(?:number\s+)?\d+",
    # someone's boss or family set to read: "I'll make sure your boss reads every word."
    r"\bi(?:'ll| will|'m going to| am going to)\s+make\s+sure\s+your\s+(?:boss|employer|"
    r"manager|wife|husband|family|parents|father|mother|dad|mum|mom|pastor|imam|church|"
    r"congregation|kids|children|neighbou?rs|school|landlord)\s+(?:reads?|sees?|hears?|knows?|"
    r"finds?\s+out)\b(?!\s+(?:about\s+)?(?:the|this|our)\s+(?:good|prayer|news|event|project|"
    r"campaign))",
    # the veiled threat of a gangster: "Nice photo of your kids. Be a shame if something
    # happened."
    r"\b(?:be|it'?d be|it would be|that would be|would be)\s+(?:a\s+)?(?:real\s+)?(?:shame|pity)"
    r"\s+if\s+(?:something|anything)\s+(?:bad\s+)?(?:happened|were to happen|was to happen)"
    r"(?:\s+to\s+(?:you|your|him|her|them|his|their)\b|\s*(?:[.!,]|$))",
    # everyone told to ignore one person: "…, ignore her prayers."
    rf"{_START}(?:just\s+|everyone\s+|everybody\s+|all\s+of\s+you\s+)?(?:ignore|shun|block|"
    r"unfollow)\s+(?:him|her|that\s+(?:man|woman|guy|girl|idiot|loser|clown))\b"
    r"(?![^.!?]*\b(?:pray|prayers? for|help|kindly)\b)",
    # a person accused, and the accusation to be spread: "Pastor John is a fraud who steals
    # from widows. Spread the word."
    r"\b(?:is|was)\s+a\s+(?:fraud|thief|liar|crook|conman|con man|con artist|predator|abuser|"
    r"paedophile|pedophile|cheat|scammer|swindler|charlatan)\b[^!?]{0,80}\b(?:spread the word|"
    r"share this|tell everyone|pass it on|warn everyone|let everyone know)\b",
    # "Your whole family is a joke.", "That was pathetic, just like you."
    r"\byour\s+(?:whole\s+|entire\s+)?(?:family|church|faith|religion|prayers?|life|"
    r"ministry)\s+(?:is|are)\s+(?:a|such a|one big)\s+(?:joke|disgrace|farce)\b",
    r"\b(?:pathetic|stupid|worthless|useless|a joke|garbage|trash|rubbish|disgusting|"
    r"ridiculous),?\s+(?:just\s+)?like\s+you\s*(?:[.!?]|$)",
    # "Your prayer is as ugly as your face.", "Everyone at your church laughs at you"
    rf"\bas\s+{_INSULT}\s+as\s+(?:you|your\s+\w+)\b",
    r"\b(?:everyone|everybody|people|we all|they all|all of us)\b[^.!?]{0,30}\b(?:laughs?|"
    r"laughing|sneers?|sneering)\s+at\s+you\b",
    r"\bif\s+you\s+had\s+(?:a|half\s+a|any|one)\s+(?:brain|brain\s+cell|clue)\b",
    r"\b(?:stop|quit)\s+embarrassing\s+yourself\b",
    # a name called at the reader: "Pray for yourself, idiot."
    r"\b(?:you|your|yourself|ur|u)\b[^.!?]{0,60},\s*(?:you\s+)?(?:[a-z]+-[a-z]+\s+|little\s+|"
    r"pathetic\s+|stupid\s+|sad\s+|silly\s+|absolute\s+|utter\s+)?(?:idiot|moron|imbecile|loser|"
    r"clown|halfwit|dimwit|cretin)s?\s*(?:[.!?]|$)",
    r"\bi(?:'ll| will| am going to|'m going to|'m gonna)\s+(?:post|publish|leak|spread|share|"
    r"expose)\s+(?:up\s+)?your\s+(?:(?:old|private|personal|embarrassing|real|full|home)\s+)?"
    r"(?:real\s+name|name|photos|pictures|face|identity|secrets?|address|messages|texts)\b"
    r"(?![^.!?]*\b(?:lovely|beautiful|wonderful|precious|cute|memories|proud|blessed|blessing)\b)",
    # "Go pray somewhere else, you attention-seeking clown."
    r",\s*you\s+(?:[a-z]+-[a-z]+\s+|little\s+|pathetic\s+|stupid\s+|sad\s+|absolute\s+|"
    r"utter\s+)(?:idiot|moron|imbecile|loser|clown|halfwit|dimwit|cretin)s?\s*(?:[.!?]|$)",
    # "You deserve everything that's coming to you."
    r"\byou\s+deserve\s+(?:everything|all|whatever)\s+(?:that'?s|that is|that|you get|is)?\s*"
    r"coming\b",
    # a secret held over someone: "Your family in Lahore will hear about your conversion."
    r"\byour\s+(?:family|parents|mother|mum|mom|father|dad|husband|wife|boss|employer|"
    r"church|pastor|imam|village|community|neighbou?rs|relatives)\s+(?:in\s+\w+\s+)?"
    r"(?:will|are going to|is going to|'ll)\s+(?:hear|find out|learn|know|be told)\s+"
    r"(?:all\s+)?about\s+"
    r"(?:your|you|it|this|that|what you|everything|all of it)\b",
    # insults heaped on the reader: "Your profile picture says it all: fat, ugly and stupid."
    # (not what others called them: "They called you fat and ugly? That's cruel.")
    r"(?<!called )(?<!call )(?<!calls )(?<!calling )(?<!told )(?<!said )"
    rf"\b(?:you|your|ur)\b[^.!?]{{0,50}}\b{_INSULT}(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)"
    rf"{_INSULT}\b",
    # a reader told to put off what their faith has them wear: "take off that turban and
    # then maybe we'll talk" (not what someone was made to do: "forced to take off her hijab")
    r"(?<!to )(?<!not )(?<!never )(?<!t )\btake\s+off\s+(?:that|your|ur|the)\s+"
    r"(?:stupid\s+|silly\s+|ridiculous\s+)?(?:turban|hijab|headscarf|"
    r"head scarf|kippah|yarmulke|veil|niqab|burqa|burka|patka|skullcap|cross|crucifix)\b",
    # a post about someone spread until they fall: "share this everywhere until he's ruined"
    r"\b(?:share|spread|repost|forward|post)\s+(?:this|it)\s+(?:everywhere|far and wide|with "
    r"everyone|to everyone)\b[^.!?]{0,30}\buntil\s+(?:he|she|they)(?:'s|'re| is| are| gets?)?\s*"
    r"(?:ruined|finished|destroyed|fired|sacked|gone|banned|done|broken)\b",
    # a photo or a name sent to those who can hurt: "I'll send your photo to the police in
    # Tehran."
    r"\bi(?:'ll| will|'m going to| am going to|'m gonna)\s+(?:send|give|hand|forward|report)\s+"
    r"your\s+(?:photo|picture|face|name|real name|address|details|number|posts?|messages?)\s+"
    r"to\s+(?:the\s+)?(?:police|authorities|government|regime|secret police|militia|"
    r"imam|mullah|family|father|dad|employer|boss)\b",
    # the reader told to hide for shame: "you should be ashamed to show your face in church"
    r"\byou\s+should\s+be\s+ashamed\s+(?:to\s+show\s+your\s+face|to\s+exist|of\s+existing|"
    r"to\s+call\s+yourself|to\s+be\s+alive)\b",
    # a threat on a condition: "post one more verse and I'll flood your inbox"
    r"\b(?:post|say|write|share|comment)\s+(?:one more|another|1 more)\s+\w+\s+and\s+"
    r"i(?:'ll| will|'m going to| am going to)\b(?!\s+(?:pray|thank|praise|love|share|like))",
    # a wound reached for: "No wonder your husband left you.", "… no wonder nobody loves you"
    r"\bno wonder\s+(?:your\s+\w+(?:\s+\w+)?\s+(?:left|dumped|divorced|hates?|cheated on|"
    r"walked out on|ran away from)\s+you|(?:nobody|no one|no-one)\s+(?:loves|likes|wants|"
    r"cares about|talks to|listens to|visits|marries|married)\s+you)\b"
    r"(?!\s+(?:like|as much as|more than|the way)\b)",
    # the reader blamed for what others hate: "You're the reason people hate Christians.",
    # "People like you are why this site is a joke." (not "… the reason I believe")
    r"\byou(?:'re| are| r)\s+the\s+reason\s+(?:why\s+)?(?:people|everyone|everybody|nobody|"
    r"no one|they|outsiders|non-believers|the world)\s+(?:hates?|leaves?|left|mocks?|laughs?|"
    r"despises?|can'?t stand|avoids?|stays? away)\b",
    r"\bpeople like you\s+(?:are|r)\s+(?:why|the reason|what'?s wrong|the problem|everything "
    r"wrong)\b[^.!?]{0,60}\b(?:joke|hate|hated|leave|leaving|left|mock|mocked|laugh|dying|empty|"
    r"failing|wrong|problem|ruined|toxic|shame|disgrace|rotten|shrinking)\b",
    # shame heaped on the reader by those close to them: "Your kids must be so embarrassed to
    # have you as a mother."
    r"\byour\s+(?:kids|children|family|parents|husband|wife|son|daughter|mother|father|mum|"
    r"mom|dad|church|pastor|friends)\s+(?:must|should)\s+be\s+(?:so\s+|really\s+|very\s+|"
    r"deeply\s+)?(?:embarrassed|ashamed|disgusted|sick)\s+(?:of|by|to have|to call|to know)\s+"
    r"you\b",
    # a past held over the reader: "Sarah, everyone at church knows what you did." (not "…
    # what you did for the refugees")
    r"\b(?:everyone|everybody|the whole \w+|all of us|we all)\b[^.!?]{0,25}\bknows?\s+"
    r"what\s+you\s+(?:did|have done|are|really are)\b(?!\s+(?:for|to help|with)\b)",
    # a veiled threat: "Keep posting and see what happens to you.", "I'll be waiting outside
    # your church on Sunday."
    # (not "Keep praying and see what happens!")
    r"\b(?:keep|go on|carry on|continue)\s+(?:posting|commenting|talking|writing|preaching|"
    r"running your mouth|spreading|replying|messaging)\b[^.!?]{0,30}\band\s+see\s+what\s+"
    r"happens\b|\bsee\s+what\s+happens\s+to\s+(?:you|your)\b",
    r"\bi(?:'ll| will|'m going to| am going to)\s+be\s+(?:waiting|watching)\s+(?:for you\s+)?"
    r"(?:outside|near|across from)\s+your\s+(?:church|house|home|door|work|office|"
    r"school|car|mosque|flat|apartment|kids'? school)\b(?![^.!?]*\b(?:with|to pray|to welcome|"
    r"to greet|to help|to hug|to give)\b)",
    # a death wished by its absence: "Nobody will miss you when you're gone.", "The world
    # would be better off without you." (not "… miss you while you're away", "… we'll miss
    # you")
    r"\b(?:nobody|no one|no-one|not a soul|not one person)\s+(?:will|would|is going to|'?d|"
    r"'?ll)\s+(?:even\s+)?miss\s+you\b(?!\s+(?:while|during|this|at|on|in|more|as much|like)\b)",
    r"\b(?:the world|everyone|everybody|this site|this wall|your family|we)\s+(?:would|will|'?d)"
    r"\s+be\s+(?:so\s+much\s+|much\s+|a lot\s+|far\s+)?better\s+(?:off\s+)?without\s+"
    r"(?:you|people like you)\b(?!\s+(?:having to|needing to|worrying)\b)",
    # a mockery with a wound in it: "Maybe if you prayed less and showered more you'd have
    # friends."; a past held over the reader: "… still pretending to be holy after what you
    # did last summer?"; the reader shut out: "Don't bother coming to church on Sunday, we
    # don't want you there."; and "Your husband deserves better than you."
    r"\b(?:maybe|perhaps)\s+if\s+you\b[^.!?]{0,40}\b(?:less|more)\b[^.!?]{0,40}\byou(?:'d|\s+"
    r"would|\s+might)\s+(?:actually\s+)?(?:have|get|keep|make)\s+(?:some\s+|any\s+)?(?:friends|"
    r"a (?:husband|wife|boyfriend|girlfriend|job|life))\b",
    r"\b(?:still|keep|stop)\s+pretending\b[^.!?]{0,40}\b(?:after|despite|considering)\s+what\s+"
    r"you\s+did\b(?!\s+(?:for|to help|with us)\b)",
    r"\bwe\s+(?:don'?t|do not)\s+want\s+you\s+(?:here|there|back|in (?:our|this|the) \w+)"
    r"(?!\s+to\s+(?:leave|go))\b",
    r"\byour\s+(?:husband|wife|kids|children|family|parents|church|mother|father|mum|mom|"
    r"dad|son|daughter|friends|boyfriend|girlfriend|congregation)\s+(?:deserves?|deserved)\s+"
    r"(?:so\s+much\s+|much\s+|far\s+)?better\s+than\s+(?:you|a (?:wife|husband|mother|father|"
    r"pastor) like you)\b",
    # "Your kids deserve a better mother than you."
    r"\byour\s+(?:husband|wife|kids|children|family|parents|church|son|daughter|congregation)\s+"
    r"(?:deserves?|deserved)\s+(?:a|an)\s+(?:much\s+|far\s+)?better\s+(?:wife|husband|mother|"
    r"father|mum|mom|dad|parent|son|daughter|pastor|friend|partner)\s+than\s+you\b",
    # a person on the wall prayed over with an insult: "Father, give Sarah_K a brain.", "Lord,
    # grant him the intelligence he was born without.", "… who was clearly dropped on his head
    # as a baby", "Lord, rebuke the fat fool above", "God help that pathetic loser and his
    # ugly face.", "heal whatever made Mark so stupid", "Priya's brainless garbage" (not "a
    # stupid fool" the writer says they were)
    r"\b(?:give|grant|send)\s+(?:him|her|them|that\s+\w+|this\s+\w+|[a-z][\w-]*)\s+(?:a\s+|some\s+|"
    r"half\s+a\s+)?(?:brain|brains|brain\s+cells?|clue)\b(?!\s+(?:surgeon|scan|tumou?r)\b)",
    r"\b(?:intelligence|brain|brains|sense|personality)\s+(?:he|she|they|you)\s+(?:was|were)\s+"
    r"born\s+without\b",
    r"\bdropped\s+on\s+(?:his|her|their|your)\s+head\b",
    r"\b(?:that|this|the|you)\s+(?:[a-z]+\s+)?(?:fat|ugly|stupid|brainless|worthless|useless|"
    r"pathetic|arrogant|ignorant|smug|lying|nasty|vile)\s+(?:little\s+|old\s+)?(?:loser|fool|"
    r"idiot|moron|troll|clown|creep|"
    r"hypocrite|imbecile|cretin|halfwit)s?\b",
    r"\b(?:his|her|their|your)\s+(?:ugly|fat|stupid|smug|hideous)\s+(?:face|mug|head)\b",
    r"\bmade\s+(?:him|her|them|you|[a-z][\w-]*)\s+so\s+(?:stupid|dumb|thick|ugly|fat|brainless|"
    r"ignorant)\b",
    r"\b[a-z][\w-]*'s\s+(?:brainless|stupid|idiotic|moronic|ignorant|pathetic)\s+(?:[a-z]+\s+)?"
    r"(?:garbage|drivel|rubbish|trash|nonsense|lies|filth|ramblings?|posts?|comments?)\b",
    # an order backed by a veiled threat: "You'd better stop praying in public if you know
    # what's good for you."
    r"\b(?:better|stop|quit|leave|keep (?:quiet|away|out)|shut up|stay away|don'?t|do not)\b"
    r"[^.!?]{0,60}\bif you know what'?s good for you\b",
    # a meeting alone held over someone: "I'll be waiting outside after the service. We need
    # to talk, just you and me."
    r"\bi(?:'ll| will) be waiting (?:for you )?(?:outside|at your|by your|after|when you|near "
    r"your)\b(?=[^\n]{0,80}\b(?:just you and me|you and me alone|alone|we need to talk|we'?ll "
    r"talk|we'?ll see how)\b)",
    # exposure done, and gloated over: "I've sent your photos to your husband's family. Let's
    # see how you explain them."
    r"\bi(?:'ve| have)?\s+(?:sent|forwarded|shown|posted|shared|leaked|given)\s+your\s+"
    r"(?:photos|pictures|messages|texts|emails|chats|secrets|address|number|details|diary|"
    r"letters)\s+to\b(?=[^\n]{0,80}\b(?:let'?s see|explain|good luck|now (?:they|everyone|he|"
    r"she) knows?|enjoy|see how you like)\b)",
    # "Your son is going to hear about what you did, I'll make sure of it."
    r"\b(?:will|is going to|are going to|is gonna|are gonna)\s+(?:hear|find out|learn|know)\s+"
    r"(?:about\s+)?(?:what you did|what you really are|who you really are|everything you did|"
    r"the truth about you)\b(?!\s+for\b)",
    # everyone told to shun one person: "Pastor Mike is a fraud, and everyone should ignore him."
    r"\b(?:everyone|everybody|all of you|y'?all|you all|we all|people)\s+"
    r"(?:should|must|needs? to)\s+(?:just\s+)?(?:ignore|shun|avoid|boycott|unfollow|block|"
    r"stop talking to)\s+(?:him|her)\b",
    # someone's car or home watched, with a warning: "saw your car outside st michaels
    # again. you should be more careful where you leave it"
    r"\b(?:saw|seen|spotted|noticed|watched)\s+your\s+(?:car|house|flat|home|kids|children|"
    r"daughter|son|wife|husband|bike)\b[^\n]{0,60}?\b(?:should|better|might want to|want to)\s+"
    r"be\s+(?:more\s+|very\s+)?careful\b",
    # someone's new home named to them: "hey jen hows the new flat on kingsley road?"
    r"\b(?:how'?s|enjoying|like|nice|love)\s+(?:the|your)\s+(?:new\s+)?(?:flat|house|place|home|"
    r"apartment)\s+on\s+[a-z]+\s+(?:road|street|avenue|lane|close|drive|way|crescent|grove)\b"
    r"(?![^\n]*\b(?:pray\w*|bless\w*|congrat\w*|welcome\w*|housewarming|love to|happy for)\b)",
    # one who will not be rid of: "im going to keep making new accounts til you quit"
    r"\b(?:keep|keeps|keeping)\s+(?:making|creating|opening|coming back with)\s+(?:new\s+)?"
    r"accounts\b[^.!?]{0,30}\b(?:until|til|till)\s+you\b|\byou\s+(?:won'?t|will never|can'?t|"
    r"cannot)\s+(?:ever\s+)?get\s+rid\s+of\s+me\b",
    # someone's private things held over them: "Sarah, I saw your photos from church camp.
    # Would be a shame if they got shared around."
    r"\b(?:be|it'?d be|it would be|that would be|would be)\s+(?:a\s+)?(?:real\s+)?(?:shame|pity)"
    r"\s+if\s+(?:they|those|these|it|that|this|your\s+\w+)\s+(?:got|were|was|ended up|somehow "
    r"got|accidentally got)\s+(?:shared|posted|leaked|sent|spread|passed)\b",
    # "David, I've found your employer's number. Let's see how they like your opinions."
    r"\bi(?:'ve| have)?\s+(?:found|got|tracked down|looked up|dug up)\s+your\s+(?:employer|boss|"
    r"manager|work|workplace|wife|husband|parents|mum|mom|dad|father|mother|family|"
    r"landlord)(?:'s)?\s+(?:phone\s+)?(?:number|email|address|details|contact)\b"
    r"(?![^.!?]*\b(?:thank\w*|pray\w*|bless\w*|kind\w*|invite\w*|gift|card)\b)",
    # "You deserve every bad thing that happens to you, you miserable liar."
    r"\byou\s+deserve\s+every\s+(?:(?:bad|terrible|awful|horrible|rotten)\s+)?thing\s+that\s+"
    r"(?:happens|comes|is coming)\s+(?:to\s+you|your\s+way)\b",
    r",\s*you\s+(?:miserable|lying|filthy|pathetic|worthless|disgusting|two-faced)\s+(?:liar|"
    r"hypocrite|fraud|snake|creep|coward|rat|wretch|loser|idiot|fool)s?\s*(?:[.!?]|$)",
    # "I know what time you leave work.", "… one day you'll find out what happens to people
    # who don't know when to shut up."
    r"\b(?:i|we)\s+know\s+(?:what time|when|the time)\s+you\s+(?:leave|get home|finish|start|"
    r"arrive|go to bed|walk home|drive home)\b(?![^.!?]*\b(?:pick you up|give you a lift|meet you|"
    r"drive you|walk with you|join you|come with you|bring you|wait for you)\b)",
    r"\byou(?:'ll| will| are going to|'re going to)\s+find\s+out\s+what\s+happens\s+to\s+"
    r"(?:people|those|anyone|women|men|girls|guys)\s+who\s+(?:don'?t|do not|won'?t|will not|"
    r"can'?t|never|cross|mess|talk|speak|open|keep|report|snitch|stick|poke|complain|meddle|"
    r"interfere|run their)\b",
    # an address posted, or where one lives told to all: "Posting your address here so everyone
    # knows where the gay couple lives. Enjoy the visitors."
    r"\b(?:posting|posted|sharing|shared|putting|put|leaking|leaked|dropping|dropped)\s+"
    r"(?:your)\s+(?:home\s+|real\s+|work\s+)?(?:address|phone\s+number|number|"
    r"workplace)\b(?!\s+(?:book|bar|field|form|label))"
    r"|\b(?:so\s+)?(?:everyone|everybody|all\s+of\s+us|the\s+whole\s+(?:town|street|village))\s+"
    r"knows?\s+where\s+(?:you|he|she|they|the\s+[a-z ]{1,30}?)\s+lives?\b"
    r"|(?:^|[.!?]\s*)enjoy\s+(?:the|your)\s+(?:visitors|visit|company|surprise)\s*[.!]*$",
    # an address hunted, a visit promised, pictures shared: "im finding ur address and paying u
    # a visit", "keep posting and I'll share ur pics with everyone"
    r"\b(?:finding|find|found|got|getting|tracking\s+down|track\s+down|tracked\s+down|looking\s+"
    r"up|look\s+up|looked\s+up)\s+your\s+(?:home\s+|real\s+)?address\b",
    r"\bi(?:'ll|\s+will|\s+ll|'m\s+going\s+to|\s+am\s+going\s+to|'m\s+gonna)\s+(?:share|post|leak|"
    r"send|show|spread)\s+your\s+(?:pics|pictures|photos|nudes|address|number|details|messages)\b",
    # a person mocked for who they are: "ur a man in a dress", "ur gay and it shows", "guess ur
    # disability goes all the way up to ur brain"
    r"\b(?:you're|you\s+are|look\s+at\s+you)\s+(?:just\s+|still\s+)?(?:a\s+man\s+in\s+a\s+dress|"
    r"pretending\s+to\s+be\s+a\s+(?:woman|man|girl|boy|lady))\b",
    r"\byou(?:'re|\s+are)\s+(?:so\s+)?(?:gay|trans|a\s+muslim|muslim|a\s+jew|jewish|black|disabled|"
    r"a\s+cripple|a\s+tranny)\s+and\s+it\s+shows\b",
    r"\byour\s+(?:disability|illness|condition|autism|blindness|deafness|handicap)\s+[^.!?]{0,30}?"
    r"\byour\s+(?:brain|head|mind)\b",
    # a person hunted down or warned off: "Keep posting and I will find out where you live.",
    # "Think very carefully before you write again.", "I screenshotted your profile and sent
    # it to the mullah in your town.", "A sissy like you …"
    r"\b(?:i(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'m\s+gonna)|we(?:'ll|\s+will))\s+"
    r"(?:find\s+out|track\s+down|work\s+out|figure\s+out)\s+where\s+you\s+(?:live|work|sleep|pray|"
    r"study)\b",
    r"\bthink\s+(?:very\s+|really\s+|long\s+and\s+)?(?:carefully|hard|twice)\s+before\s+you\s+"
    r"(?:write|post|comment|speak|say\s+(?:anything|that))\s+(?:again|here\s+again)\b",
    r"\b(?:screenshotted|screenshot|saved|copied|recorded)\s+(?:your|ur)\s+(?:profile|post|posts|"
    r"comments?|messages?|photos?|pictures?)\b[^.!?]{0,40}?\b(?:sent|send|sending|forwarded|"
    r"passed|shown|showed)\s+(?:it\s+|them\s+)?to\s+(?:the|your)\s+(?:mullah|imam|police|boss|"
    r"family|employer|parents|husband|wife|authorities|government|elders|village|mosque|school|"
    r"work|pastor|priest|local)\b",
    r"\b(?:a\s+)?(?:sissy|pansy|fairy|sissies)\s+like\s+you\b",
    # "Keep posting and I'll dig up your home address and share it with everyone."
    r"\b(?:i|we)(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to)\s+(?:dig\s+up|find|get|"
    r"look\s+up|track\s+down)\s+your\s+(?:home\s+)?(?:address|phone\s+number|number|workplace|"
    r"real\s+name)\s+and\s+(?:share|post|publish|give|send)\b",
    # "… your wife and your boss are about to find out who you really are."
    r"\byour\s+(?:wife|husband|boss|employer|family|parents|pastor|church|kids|father|mother)"
    r"\b[^.!?]{0,30}\b(?:are|is)\s+(?:about\s+to|going\s+to|gonna)\s+(?:find\s+out|learn|see|"
    r"hear)\s+(?:who|what)\s+you\b",
    # "a woman your age should be embarrassed to comment online, go knit something"
    r"\b(?:a\s+)?(?:woman|women|girl|man|lady|old\s+man|old\s+woman)\s+(?:of\s+)?your\s+age\s+"
    r"should\s+be\s+(?:embarrassed|ashamed)\b",
    r"\byour\s+little\s+(?:hindu|muslim|buddhist|pagan|jewish|sikh|tribal|heathen)?\s*"
    r"(?:gods?|idols?|prophet|guru)\s+(?:can'?t|cannot|won'?t|will\s+not)\s+(?:help|save)\s+you\b",
    # a secret held over someone who writes: "Keep commenting and I'll tell your pastor and
    # your parents everything."
    r"\bkeep\s+(?:commenting|posting|writing|talking|replying)\s+(?:here\s+)?and\s+(?:i|we)"
    r"(?:'ll|\s+will)\s+(?:tell|show|inform|call|email|message)\s+your\s+(?:pastor|parents|"
    r"family|father|dad|mother|mum|mom|boss|employer|church|wife|husband|imam|priest|school)\b",
    # looks or a stammer mocked: "With a face like that no wonder you're praying for a
    # miracle.", "With that stutter of yours I'm amazed you can even pray out loud."
    r"\b(?:face|voice|body|looks|nose|teeth|figure)\s+like\s+(?:that|yours),?\s+no\s+wonder\s+"
    r"you\b",
    r"\bwith\s+(?:that|your)\s+(?:stutter|stammer|lisp|limp|squint|accent|wheelchair|"
    r"disability)\s+(?:of\s+yours\s+)?(?:i'?m|i\s+am)\s+(?:amazed|surprised|shocked|astonished)"
    r"\s+you\s+(?:can|could|even)\b",
    # a person told they stink: "Your prayers stink as much as you do."
    r"\b(?:stinks?|reeks?)\s+(?:as\s+(?:much|bad|badly)\s+as|like)\s+you\s+"
    r"(?:do|does|did|yourself)\b",
    # "Every word proves how worthless you are."
    rf"\bhow\s+(?:utterly\s+|truly\s+|completely\s+)?{_INSULT}\s+you\s+(?:really\s+)?are\b",
    # details passed round or pinned up: "I've shared his home address in the group chat",
    # "I printed her home address and pinned it to the staff noticeboard"
    r"\b(?:i|we)(?:'ve|\s+have|'d|\s+had)?\s*(?:just\s+|already\s+)?(?:shared|posted|printed|"
    r"published|leaked|pinned|circulated|passed\s+(?:round|around|on)|sent\s+(?:round|around|"
    r"out)|put\s+up)\s+(?:his|her|their|your)\s+(?:home\s+|house\s+|real\s+)?(?:address|"
    r"phone\s+number|number|workplace|licence\s+plate|number\s+plate)\b",
    # a new name kept up against a person: "I'll keep posting your old name under every
    # comment you make", "you will always be a man"
    r"\b(?:i|we)(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to)\s+keep\s+(?:posting|using|"
    r"writing|saying|calling\s+you\s+by)\s+your\s+(?:old|real|birth|dead|male|female)\s*name\b",
    r"\byou(?:'ll|\s+will)\s+always\s+be\s+a\s+(?:man|woman|boy|girl|bloke)\b",
    r"\b(?:just\s+)?a\s+(?:boy|man|bloke|guy)\s+in\s+a\s+dress\b",
    # a faith's gods mocked to its believer: "Go back to praying to your monkey god."
    r"\b(?:your|ur|her|his)\s+(?:monkey|elephant|cow|rat|snake|blue|stone|plastic|fake|made[- ]up|"
    r"imaginary|pagan|heathen)\s+gods?\b",
    r"\bwhich\s+(?:monkey|elephant|cow|rat|snake|blue|stone|plastic|fake|pagan)\s+gods?\b",
    # a person reported to those above them, followed, or their hands or chair named:
    # "I've reported you to your employer and I'll follow you onto every page on this site",
    # "keep your thieving hands off", "Stay in your chair and stay quiet."
    r"\b(?:i|we)(?:'ve|\s+have)?\s+(?:already\s+)?(?:reported|emailed|written\s+to|contacted|"
    r"rung|phoned|messaged|complained\s+to)\s+(?:you\s+to\s+)?your\s+(?:employer|boss|elders|"
    r"bishop|pastor|husband'?s\s+boss|wife'?s\s+boss|landlord|school|university|work)\b",
    r"\b(?:i|we)(?:'ll|\s+will|'m\s+going\s+to)\s+follow\s+you\s+(?:onto|to|on|into|around|"
    r"across|from)\s+(?:every|each|all|any)\b",
    r"\bkeep\s+your\s+(?:thieving|dirty|filthy|grubby|greasy|stinking|sticky|grabby)\s+"
    r"(?:hands|paws|fingers|mitts)\b",
    r"\bstay\s+in\s+your\s+(?:wheel)?chair\b",
    r"\byou\s+can'?t\s+even\s+(?:walk|stand|see|hear|talk\s+properly|speak\s+properly)\b"
    r"[^.!?]{0,30}\b(?:why|who|how)\b",
    # a person's photo mocked or scrawled on and passed round: "I've started a thread
    # laughing at your photo", "posting his photos with 'terrorist' written across them",
    # "I take her photo and post it in our town group calling her a dirty thief"
    r"\b(?:laughing|laugh|mocking|sniggering)\s+at\s+(?:your|his|her)\s+(?:photo|picture|"
    r"pic|face|profile|selfie)\b",
    r"\b(?:i|we)(?:'ve|\s+have)?\s+(?:been\s+)?(?:posting|posted|sharing|shared|putting\s+up|"
    r"put\s+up|printing|printed)\s+(?:his|her|their|your)\s+(?:photos?|pictures?|pics?|faces?|"
    r"selfies?)\s+[^.!?]{0,40}?\bwith\s+[^.!?]{0,30}?\bwritten\s+(?:across|on|over|under|"
    r"above)\b",
    r"\b(?:post|posts|posted|posting|share|shared|sharing)\s+(?:it|them)\s+[^.!?]{0,40}?"
    r"\bcalling\s+(?:her|him|them)\s+(?:a\s+)?(?:dirty|filthy|thieving|lying|stupid|ugly|"
    r"disgusting|fat)\b",
    r"\btelling\s+(?:people|everyone|others|them)\s+to\s+(?:spit\s+(?:at|on)|hit|kick|shove|"
    r"slap|attack)\s+(?:her|him|them)\b",
    # a person filmed, hounded from a new account, or waited for after the service
    r"\b(?:i|we)(?:'ve|\s+have)?\s+been\s+(?:secretly\s+)?(?:filming|photographing|stalking)\s+"
    r"(?:him|her|them)\b",
    r"\b(?:i|we)(?:'ve|\s+have)?\s+been\s+(?:messaging|texting|emailing|writing\s+to|"
    r"calling)\s+(?:him|her|them)\s+from\s+(?:a\s+)?(?:new|fake|second|anonymous|burner|"
    r"different|another)\s+accounts?\b",
    r"\b(?:i|we)(?:'ll|\s+will)\s+be\s+waiting\s+(?:for\s+you\s+)?(?:in|at|outside|by)\s+"
    r"(?:the\s+)?(?:car\s*park|parking\s+lot)\b",
    # a believer told who killed Christ: "Your people killed Christ."
    r"\byour\s+(?:people|kind|lot|race|tribe|ancestors)\s+(?:killed|murdered|crucified)\s+"
    r"(?:christ|jesus|our\s+lord)\b",
    # a woman sent to the kitchen: "get back in the kitchen where you belong"
    r"\b(?:get|go|stay)\s+(?:back\s+)?(?:in|into|to)\s+(?:the|your)\s+kitchen\b",
    # "I followed him home after the service, and I'll post his street and house number"
    r"\b(?:i|we)(?:'ll|\s+will|'m\s+going\s+to)\s+post\s+(?:his|her|their|your)\s+(?:street|"
    r"house\s+number|address|home|number|details|workplace)\b",
    r"\b(?:i|we)\s+followed\s+(?:him|her|them)\s+(?:home|to\s+(?:his|her|their)\s+(?:car|house|"
    r"home|flat|door))\b",
    # mocked for who they are: "asking him what's in his trousers", "go back to the jungle",
    # banana skins thrown, an accent done and eyes pulled into slits
    r"\bwhat'?s\s+(?:really\s+)?in\s+(?:his|her|their|your)\s+(?:trousers|pants|knickers)\b",
    r"\b(?:him|her|them|you)\s+to\s+go\s+back\s+to\s+the\s+(?:jungle|trees|zoo|bush)\b",
    r"\b(?:throw|threw|throwing|thrown)\s+(?:a\s+)?bananas?(?:\s+(?:skins?|peels?))?\b",
    r"\bpulling\s+(?:my|our|his|her|their)\s+eyes\s+(?:into\s+slits|back|sideways|slanted)\b",
    r"\b(?:doing|did|do|mocking|mocked|imitating|imitated|copying|copied)\s+(?:his|her|their)\s+"
    r"accent\b",
    # a person filmed to be laughed at: "I film him … and post the clips for a laugh"
    r"\b(?:i|we)\s+(?:film|filmed|record|recorded|video)\s+(?:him|her|them)\b[^.!?]{0,60}?\b"
    r"(?:post|posted|share|shared|upload|uploaded|put)\b[^.!?]{0,30}?\bfor\s+a\s+laugh\b",
    # told to leave or else: "… a note through their door telling them to leave the street or
    # else", "tipping rubbish on their doorstep every night"
    r"\b(?:leave|get\s+out\s+of|move\s+out\s+of|clear\s+off\s+from)\s+(?:the|this|our|my)\s+"
    r"(?:street|road|town|area|country|village|estate|neighbourhood|neighborhood|church|site|"
    r"page|city|land|school|building|flat|block)\b[^.!?]{0,20}?\bor\s+else\b",
    r"\b(?:tipping|dumping|throwing|leaving)\s+(?:rubbish|dog\s+mess|dog\s+poo|bin\s+bags|"
    r"litter|paint)\s+(?:on|at|over|through)\s+(?:their|his|her|your)\s+(?:doorstep|door|car|"
    r"garden|drive)\b",
    # a person's boss or landlord told: "I've told his boss and his landlord."
    r"\b(?:i'?ve|i\s+have|we'?ve|we\s+have)\s+(?:already\s+)?(?:told|informed|called|rung|"
    r"emailed|written\s+to)\s+(?:his|her|their|your)\s+(?:boss|landlord|employer|manager)\b",
    # a name called to open a retort: "Keep talking, clown."
    r"(?:^|[.!?]\s*)(?:keep talking|shut up|sit down|get lost|go away|nice try|carry on|"
    r"cry more|whatever),\s*(?:you\s+)?(?:little\s+|stupid\s+|pathetic\s+)?(?:clown|idiot|"
    r"moron|loser|imbecile|halfwit|dimwit|cretin|muppet|snowflake)\b",
    # a person put down for who they are: "You're just a woman, so shut up and let the men
    # discuss theology.", "@Tomas, go back to Mexico.", "typical Nigerian scammer", "you're an
    # Arab, you probably cheered when the church was bombed", "I'll be telling your employer
    # you're a Muslim, so watch yourself."
    rf"\byou(?:'re| are| r)\s+(?:(?:just|only|nothing\s+but|merely|still)\s+)?(?:{_WHO_YOU_ARE})\b"
    r"[^.!?]{0,30}?\b(?:shut\s+up|be\s+quiet|keep\s+quiet|stay\s+quiet|sit\s+down|know\s+your\s+place|"
    r"stop\s+talking|stay\s+out|what\s+would\s+you\s+know|leave\s+it\s+to|let\s+the\s+men|nobody\s+"
    r"(?:cares|asked)|no\s+one\s+(?:cares|asked)|quit\s+posting|stop\s+posting|(?:don'?t|doesn'?t|do\s+"
    r"not|does\s+not)\s+(?:count|matter)|no\s+(?:say|right)|not\s+welcome)\b",
    rf"\byou(?:'re| are| r)\s+(?:{_WHO_YOU_ARE})\s+and\s+(?:{_INSULT})\b",
    # "You're a thieving gypsy, Mirela, and everyone on this wall knows it."
    r"\byou(?:'re| are| r)\s+(?:just\s+|nothing\s+but\s+|such\s+)?an?\s+(?:thieving|lying|scheming|"
    r"filthy|dirty|stinking|smelly|lazy|greedy|sneaky|cheating|scrounging|backward|primitive|"
    rf"dumb|stupid|useless|worthless)\s+(?:little\s+|old\s+)?(?:{ONE_BORN})\b",
    # "@Miriam typical Jew, always twisting words", "go find another site", "I'll tell your
    # family exactly which church you attend", "learn proper English", "statue-kisser"
    rf"(?:^|@[\w.-]+[\s,:]*|[.!?;]\s*)typical\s+(?:{ONE_BORN})\s*(?:[,;:!.]|$)",
    r"\bgo\s+(?:and\s+)?find\s+(?:another|some\s+other|a\s+different)\s+(?:site|page|wall|forum)\b",
    r"\btell\s+your\s+(?:family|parents|father|mother|dad|mum|mom|husband|wife|brothers?|village|imam|"
    r"mosque)\s+(?:exactly\s+)?(?:which\s+church|where\s+you\s+(?:pray|worship|go\s+to\s+church)|"
    r"that\s+you(?:'ve|\s+have)?\s+(?:converted|left\s+islam|become)|about\s+your\s+(?:conversion|faith|"
    r"church|secret))",
    r"\blearn\s+(?:proper|real|some|to\s+speak(?:\s+proper)?)\s+english\b",
    r"\b(?:statue|idol|icon|bead|rosary)[- ]?(?:kisser|counter)s?\b",
    # "Look everyone, Joseph from our choir is gay, I saw him, he should be ashamed and leave."
    r"\b(?:is|are)\s+(?:secretly\s+)?(?:gay|lesbian|a\s+lesbian|trans|bisexual|queer)\b[^.!?]{0,40}?"
    r"\b(?:he|she|they)\s+(?:should|must|needs?\s+to|ought\s+to)\s+(?:be\s+ashamed|leave|get\s+out|"
    r"be\s+(?:thrown|kicked)\s+out|repent\s+or\s+leave)\b",
    # "you're not a real woman no matter what you call yourself"
    r"\byou(?:'re| are| r)\s+not\s+a\s+(?:real|proper|true|biological)\s+(?:woman|man|girl|boy|"
    r"lady)\b",
    # "Everyone at your church is going to find out you're gay."
    r"\b(?:is|are|will|'ll)\s+(?:going\s+to\s+|gonna\s+|about\s+to\s+)?(?:find\s+out|know|learn|"
    r"hear|be\s+told)\s+(?:that\s+)?you(?:'re| are)\s+(?:gay|trans|lesbian|bisexual|queer|a\s+"
    r"lesbian|muslim|jewish|an?\s+(?:atheist|apostate|convert|ex-muslim|muslim|jew))\b",
    rf"(?:{_START}|@\w+\s+)(?:now\s+|just\s+|so\s+)?go\s+back\s+to\s+(?:{_HOMELANDS})\b",
    r"\byou\s+(?:to\s+)?(?:sneak|sneaked|snuck|creep|crept|swim|swam|crawl|crawled)\s+(?:over|"
    r"across|through|under)\s+the\s+(?:border|fence|channel|wall)\b",
    rf"\btypical\s+(?:{ONE_BORN})\s+(?:\w+\s+)?(?:scammer|scam|thief|liar|fraud(?:ster)?|terrorist|"
    r"criminal|beggar|scrounger|cheat|crook|groomer|rapist|savage|behaviou?r|trick|nonsense)\b",
    r"\b(?:you|i\s+bet\s+you)\s+(?:probably|must\s+have|no\s+doubt|secretly|all|)\s*(?:cheered|"
    r"celebrated|danced|clapped|rejoiced|partied|laughed)\s+when\b[^.!?]{0,50}?\b(?:bombed|attacked|"
    r"burned|burnt|killed|died|massacred|blown\s+up|shot|fell)\b",
    r"\bi(?:'ll| will|'m going to| am going to|'m gonna)\s+(?:be\s+)?(?:telling|tell|informing|"
    r"inform|letting)\s+your\s+(?:employer|boss|family|parents|landlord|manager|husband|wife|imam|"
    r"pastor|church|school|neighbou?rs|father|mother|dad|mum|mom|village|mosque)\s+(?:know\s+)?"
    r"(?:that\s+)?you(?:'re| are)\s+(?:an?\s+)?(?:muslim|gay|trans|jew|jewish|convert|apostate|"
    r"atheist|lesbian|bisexual|christian|hindu|sikh|ex-muslim|queer)\b",
    # a visitor's faith said to have rotted their mind: "Brother Thomas, your Christian faith
    # has clearly rotted your capacity to think."
    r"\byour\s+(?:[a-z]+\s+)?(?:faith|religion|beliefs?|church|cult|theology|god|upbringing)\s+"
    r"(?:has|have|has\s+long|'s)\s+(?:clearly\s+|obviously\s+|really\s+|completely\s+|totally\s+|"
    r"finally\s+)?(?:rotted|rotten|destroyed|fried|addled|poisoned|eaten|melted|ruined|broken|"
    r"warped|damaged|pickled)\s+your\s+(?:brain|brains|mind|head|capacity|ability|reason|"
    r"judge?ment|sense|wits|intellect)\b",
    # "Perhaps leave the debate to the adults."
    r"\b(?:leave|let)\s+(?:the|this)\s+(?:debate|discussion|conversation|thinking|arguing|"
    r"talking)\s+to\s+the\s+(?:adults|grown-?ups|grownups|big boys)\b",
]
_HARASSMENT = re.compile("|".join(f"(?:{pattern})" for pattern in _PATTERNS))


def harassment_phrases(text: str) -> list[str]:
    """The phrases of ``text``'s own words (quotes removed) that harass a person."""
    unquoted = " ".join(QUOTED.sub(" ", fold(text)).split())
    return [match.group(0).strip(" .!?;:,\n") for match in _HARASSMENT.finditer(unquoted)]
