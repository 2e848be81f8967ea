"""Texts that complain only about things, matched as a form of words.

The contextual model holds strong words about everyday things as attacks, because
its training data pairs the same words with groups: "I hate mayo it's gross",
"beetroot is disgusting" (DynaHate dev, non-hateful) and "That film was a vile waste
of two hours.", "I hate this printer. It's a worthless pile of junk." (forms A) score
as identity attacks or insults.

``only_about_things`` is true when *every* sentence of a text names an everyday
thing from the list below (food and drink, weather, days, machines and software,
films and music, household things, pests and plants, laws and weapons, or an evil
that opens the sentence; or a noun WordNet files only as food, a plant, an artifact or a
substance, where the sentence opens with it or a verb of liking or hating falls on it:
``wordlists/things_en.txt``) or is a short exclamation of
three words or fewer or goes on about the thing named before it ("It's a worthless
pile of junk."), and **no** sentence names a person or a people: no pronoun
for people, no word for a person or a group, no religion, nationality or colour
word (so "Chinese food is disgusting" and "their food stinks" are left to the model,
as is anything said of "them"). The policy then does not hold such a text on the
model's identity_attack, insult or threat scores alone (force wished on a law or a
drought threatens no one: "Burn every last unjust blasphemy law to ashes."); the word
lists, the threat,
contempt and harassment forms, the language rule and the other labels apply as ever,
and it never releases a rejection.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from .contempt import GROUP
from .negation import has_a_bad_word
from .wording import NATIONS, QUOTED, SLURS, VERMIN, fold, sentences

__all__ = [
    "complains",
    "names_people",
    "only_about_things",
    "sells_nothing",
    "things_beside_a_people",
]

_THINGS = (
    # food and drink
    r"mayo|mayonnaise|ketchup|mustard|beetroots?|broccoli|cauliflower|sprouts|olives?|"
    r"coriander|cilantro|pineapple|pizza|toast|coffee|tea|cake|cakes|sponge|soup|"
    r"cookbooks?|recipes?|"
    r"sandwich(?:es)?|burgers?|chips|fries|cheese|tofu|liver|mushrooms?|onions?|"
    r"breakfast|lunch|dinner|food|meal|milk|beer|wine|water|syrup|medicine|"
    # weather, days and seasons
    r"weather|rain|snow|wind|heat|heatwave|cold|fog|humidity|winter|summer|"
    r"mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|weekends?|mornings?|"
    # machines, software and services
    r"printers?|computers?|laptops?|phones?|app|apps|update|updates|software|website|"
    r"internet|wifi|wi-fi|router|keyboard|screen|battery|alarm|alarm clock|tv|television|"
    r"car|bus|buses|train|trains|traffic|queue|queues|parking|roadworks|heating|"
    r"service|customer service|delivery|deliveries|routes?|timetables?|signal|reception|"
    r"policy|policies|visa policy|visa rules|regulations?|bureaucracy|red tape|"
    r"prices?|fuel|petrol|diesel|power cuts?|blackouts?|electricity|potholes?|heat|humidity|"
    r"ceiling fans?|generators?|queues at the [a-z ]+ station|"
    r"boiler|washing machine|fridge|oven|microwave|sofa|chair|mattress|"
    # work, school and paperwork
    r"homework|exams?|tests?|meetings?|taxes|tax|paperwork|forms?|bills?|emails?|"
    # films, music, games, books
    r"films?|movies?|songs?|music|album|show|shows|series|sequel|game|games|book|books|"
    r"novel|article|jazz|opera|podcast|ads|adverts?|commercials?|"
    # pests, plants and smells
    r"mosquitoes|mosquitos|wasps?|flies|spiders?|slugs|snails|ants|midges|weeds|"
    r"cockroaches|roaches|rats|mice|termites|fleas|bedbugs|bed bugs|locusts|moths|"
    r"nettles|pollen|smell|stench|noise|landfill|mud|dust|mould|mold|"
    # laws, which a wall about persecution condemns
    r"laws?|legislation|bans?|decrees?|propaganda|bureaucracy|"
    # more of each, and the rest of an ordinary day: household things, tools, roads and
    # vehicles, buildings, the body's aches, nature's nuisances, sport and paperwork
    r"kettle|toaster|blender|dishwasher|freezer|vacuum|hoover|iron|lamp|bulb|light bulb|"
    r"lightbulb|fan|air conditioner|aircon|radiator|shower|toilet|sink|tap|taps|pipes?|"
    r"drains?|gutters?|roof|ceiling|carpet|curtains|blinds|wardrobe|drawer|desk|table|"
    r"bed|pillow|blanket|duvet|towel|socks?|shoes?|boots?|jeans|jacket|coat|umbrella|"
    r"suitcase|luggage|bag|backpack|wallet|keys|lock|door|doors|window|windows|gate|fence|"
    r"lawnmower|mower|hedge|hose|shed|garage|stairs|lift|elevator|escalator|"
    r"pump|water pump|generator|stove|washing machine|plumbing|playground|menu|cafeteria|"
    r"tablet|ipad|charger|cable|cables|headphones|earphones|speaker|speakers|printer ink|"
    r"ink|mouse|trackpad|webcam|camera|modem|server|servers|spreadsheet|spreadsheets|"
    r"password|passwords|captcha|login|autocorrect|notifications?|popups?|pop-ups?|"
    r"browser|operating system|windows update|firmware|download|upload|signal|reception|"
    r"voicemail|robocalls?|spam calls?|printer jam|glitch|glitches|"
    r"road|roads|potholes?|motorway|highway|roundabout|traffic lights?|speed bumps?|"
    r"tyres?|tires?|engine|brakes|clutch|gearbox|exhaust|van|truck|lorry|bike|bicycle|"
    r"scooter|motorbike|tram|plane|planes|flight|flights|airport|airports|delays?|coach|"
    r"fireworks|"
    r"timetable|ticket|tickets|fares?|petrol|diesel|fuel|"
    r"hospital food|canteen|"
    r"headache|migraine|toothache|back pain|knee|knees|cough|colds?|flu|hay fever|allergies|"
    r"hiccups|insomnia|jet lag|sunburn|blisters?|"
    r"storm|storms|thunder|lightning|hail|sleet|drizzle|frost|ice|floods?|flooding|"
    r"drought|dust storms?|sandstorms?|hurricanes?|cyclones?|typhoons?|earthquakes?|"
    r"wildfires?|smoke|smog|pollution|litter|clutter|"
    r"thistles|brambles|ivy|dandelions|japanese knotweed|knotweed|moss|"
    # (not the animals a people is likened to: "breed like rabbits")
    r"pigeons|seagulls|squirrels|locust swarms?|"
    # pets and farm animals (not dogs, goats or camels, which slurs liken people to)
    r"cats?|kittens?|hamsters?|parrots?|horses?|ponies|cows|geese|goose|ducks|crows|"
    r"magpies|foxes|badgers|sharks|jellyfish|"
    # gadgets, platforms and services by their names
    r"iphones?|androids?|playstations?|xbox|netflix|spotify|facebook|instagram|tiktok|"
    r"twitter|youtube|whatsapp|social media|the algorithm|"
    r"gnats|hornets|ticks|lice|cockroach|rat|mouse droppings|woodworm|"
    r"referee decisions?|team kit|offside rule|"
    r"paperwork|form filling|visa application|visa portal|passport office|red tape|"
    r"deadline|deadlines|spreadsheets|invoices?|receipts?|fines?|parking tickets?|"
    r"inflation|prices|rent|mortgage|interest rates|budget|"
    r"alarm clocks?|snooze button|sermon notes|hymnals?|hymn books?|projector|microphone|organ|"
    r"sound system|powerpoint|slides|zoom|wifi password|router lights|"
    r"coffee machine|vending machine|photocopier|copier|shredder|stapler|paper jam|"
    # more dishes (not a people's: a dish can be the name of a slur), buildings and
    # places, the land and water, and things made
    r"lasagne|lasagna|pasta|spaghetti|stew|casseroles?|porridge|gravy|salad|sprouts|"
    r"leftovers|takeaway|ready meals?|sausages?|bacon|eggs|"
    r"stadium|stadiums|hotel|hotels|motel|hostel|restaurant|cafe|café|canteen food|"
    r"supermarket|shopping centre|shopping mall|mall|cinema|gym|office|offices|"
    r"building|buildings|tower blocks?|car park|architecture|skyscrapers?|motorway services|"
    r"river|rivers|lake|canal|beach|sea|puddles?|swamp|"
    r"toys?|painting|paintings|furniture|wallpaper|paint|decor|"
    r"haircut|outfit|dress|shirt|trousers|hat|scarf|gloves|uniform|"
    # the places where prisoners of conscience are held
    r"prisons?|jails?|prison camps?|labou?r camps?|re-education camps?|detention (?:centres?|"
    r"centers?|camps?)|camps|"
    # and the systems that run them ("The residential school system … was pure evil.")
    r"systems?"
)
# (a whole word, not part of a compound: "Bomb-Builders" is a name for people)
_THING = re.compile(rf"(?<![\w-])(?:{_THINGS})(?:s|es)?(?![\w-])")  # (and plurals: "uniforms")
# Evils, ills and vices, which a wall about persecution condemns ("Persecution is a vile
# evil and I loathe it.", "Hatred is poison."): only as what a sentence opens with, since
# "… are a disease" says it of whoever comes before.
_EVILS = (
    r"persecution|injustice|oppression|corruption|tyranny|slavery|poverty|hunger|famine|"
    r"disease|cancer|covid|illness|addiction|hatred|racism|bigotry|prejudice|cruelty|"
    r"antisemitism|islamophobia|homophobia|transphobia|xenophobia|misogyny|sexism|ableism|"
    r"violence|terrorism|terror|torture|war|wars|greed|sin|evil|despair|loneliness|"
    r"depression|injustices|abuse|censorship|trafficking|crime|malaria|cholera|ebola|polio|"
    r"measles|tuberculosis|leprosy|dementia|plague|pandemic|drought|famines|bullying|"
    r"pornography|porn|gambling|alcoholism|drunkenness|idolatry|witchcraft|genocide|"
    r"exploitation|extremism|fanaticism|radicalisation|radicalization|"
    # political creeds and systems of rule ("Communism is a disgusting ideology that has
    # murdered millions of believers.")
    r"communism|fascism|nazism|totalitarianism|authoritarianism|imperialism|colonialism|"
    r"apartheid|dictatorships?|white supremacy|jihadism|caste system|caste discrimination|"
    r"casteism|untouchability|"
    r"typhoid|typhus|dengue|zika|hiv|aids|smallpox|coronavirus|flu|influenza|diabetes|"
    r"malnutrition|starvation|lies|fear|shame|guilt|bitterness|envy|jealousy|apathy|"
    r"hypocrisy|gossip|selfishness|materialism|laziness|anxiety|lust|unforgiveness|"
    r"loneliness|grief|darkness|death|satan|the devil|"
    r"misinformation|disinformation|fake news|conspiracy theor(?:y|ies)|"
    r"(?:religious )?freedom violations|(?:human )?rights (?:violations|abuses)|violations|"
    # weapons, only as what a sentence opens with ("Landmines are disgusting, cowardly
    # weapons."): "every time a bomb goes off, the suspect …" speaks of people
    r"landmines?|mines|bombs?|missiles?|weapons?|guns?|drones?|bullets?"
)
_EVIL = re.compile(
    r"(?:(?:the|all|this|such|so much|religious|modern) )?(?:(?:violent|political|far-right|"
    r"far right|far-left|far left|right-wing|left-wing|radical|militant|armed|state|online) )?"
    rf"(?:{_EVILS})(?![\w-])"
)
_THE_DEVIL = re.compile(r"(?:satan|the devil|lucifer)\b")
_HIS = re.compile(r"\b(?:he|him|his|he's|he has)\b")
# A people's adjective before a dish or a thing is no people: "French fries".
_DISHES = re.compile(r"\bfrench (fries|toast|bread|mayo|press|horn|windows?|doors?)\b")
# An evil named with whom it is done to or by is the evil: "Human trafficking is a
# cesspool.", "Child abuse must end."
_COMPOUND_EVILS = re.compile(
    r"\b(?:human|child|sex|drug|domestic|gun|knife|online|sexual|organ|elder|animal) "
    r"(trafficking|abuse|violence|slavery|crime|addiction|exploitation)\b"
)

# A law about religion is a law: "Kazakhstan's religion law is a cowardly piece of
# legislation."
_LAWS_ON_FAITH = re.compile(
    r"\b(?:religion|religious|blasphemy|apostasy|conversion|anti-conversion|faith|hijab|headscarf|"
    r"burqa|burka|niqab|veil|turban|kippah) "
    r"(laws?|legislation|decrees?|bans?|policy|policies|registration|rules?|regulations?)\b"
)
# A country's thing is a thing ("Kazakhstan's religion law", "Iran's prisons"), and so is
# a place where something is ("43 degrees today in Lahore"): neither names a person.
_THING_OF_A_COUNTRY = re.compile(
    rf"\b(?:{NATIONS}|(?:this|our|my) (?:country|city|town|village))(?:'s|’s|s') "
    rf"(?=(?:\w+ )?(?:{_THINGS})(?![\w-]))"
)
_THING_IN_A_COUNTRY = re.compile(
    rf"(?<![\w-])((?:{_THINGS})(?![\w-])) (?:in|of|across|throughout) "
    rf"(?:(?:north|south|east|west|central) )?(?:{NATIONS})\b"
)
# A land named by its faith is a land: "the apostasy laws in some Muslim-majority countries"
_FAITH_MAJORITY = re.compile(
    r"\b(?:muslim|christian|hindu|buddhist|catholic|orthodox|jewish|arab|sunni|shia|protestant)"
    r"[- ]majority (?=(?:countries|country|nations?|states?|regions?|areas?|provinces?|"
    r"districts?|lands?|societies|world)\b)"
)
_IN_FAITH_MAJORITY_LANDS = re.compile(
    r" (?:in|of|across|throughout|from) (?:(?:some|many|most|the|several|all|other|a few) )*"
    + _FAITH_MAJORITY.pattern
    + r"[a-z]+\b"
    # (and a land pointed at: "Apostasy laws in that country are vile."; whoever is said to
    # live there is still named before it)
    r"| (?:in|across|throughout) (?:that|this|the|their|our|your|some|many|most|several|those|"
    r"these) (?:country|countries|nation|nations|state|states|region|regions|land|lands)\b"
)
_PLACE_BEFORE = re.compile(r"(?:in|at|from|near|across|around|outside|inside|to|over)$")

# Anything that points at a person or a people leaves the text to the model.
_PERSONS = re.compile(
    r"\b(?:you|your|yours|ya|u|he|him|his|she|her|hers|they|them|their|"
    r"theirs|(?:that|this|those|these|the whole) lot|crowd|mob|gang|bunch|sort|types?|"
    r"people|person|persons|man|men|woman|women|guy|guys|"
    r"girl|girls|boy|boys|kid|kids|child|children|folk|folks|lady|ladies|gentlemen|"
    r"everyone|everybody|anyone|anybody|someone|somebody|nobody|who|whoever|"
    r"suspects?|attackers?|bombers?|terrorists?|criminals?|thugs?|killers?|murderers?|"
    r"gunm[ae]n|militants?|soldiers?|police|officers?|politicians?|leaders?|"
    r"neighbou?rs?|immigrants?|foreigners?|race|races|tribe|tribes|religion|"
    r"muslims?|islam|islamic|christians?|jews?|jewish|hindus?|hindu|sikhs?|buddhists?|"
    r"catholics?|atheists?|arabs?|arabic|african|africans?|asian|asians?|black|blacks|white|"
    r"whites|brown|chinese|indian|indians?|mexican|mexicans?|gay|gays|lesbians?|trans|"
    r"queer|disabled|gypsy|gypsies|roma|jihad|halal|kosher|mosques?|churche?s?|temples?|"
    r"synagogues?|quran|koran|bible|torah|ramadan|eid|christmas|diwali|passover|"
    r"country|countries|nation|nations|place|foreign|homosexuals?|aliens?|illegals|"
    r"hair|skin|afro|ghetto|"
    # beliefs, ways of life and movements of people, which an attack names in their place
    # ("Homosexuality is a sin.")
    r"homosexuality|lesbianism|transgender\w*|transsexual\w*|sodomy|sodomites?|islamism|"
    r"islamists?|zionism|zionists?|judaism|hinduism|sikhism|buddhism|christianity|"
    r"catholicism|atheism|feminism|feminists?|multiculturalism|immigration|migration|"
    r"migrants?|refugees?|asylum|diversity|interracial|miscegenation|race mixing|sharia|"
    r"hijabs?|headscar(?:f|fs|ves)|burqas?|burkas?|niqabs?|veils?|turbans?|kippahs?|"
    r"yarmulkes?|circumcision|"
    # words for people as something less, whoever they are said of
    r"scum|savages?|subhumans?|degenerates?|freaks?|perverts?|infidels?|heretics?|kaff?irs?|"
    r"kuffar|peasants?|poor|homeless|beggars?|humans?|populations?|citizens?|residents?|"
    r"minorit(?:y|ies)|"
    r"inhabitants?|masses|lgbt\w*|gender\w*|dysphoria|non-?binary|bisexual\w*|intersex|"
    r"jewish|muslim|christian|hindu|sikh|buddhist|catholic|protestant|orthodox|mormon|"
    r"islamic|hispanic|latino|latina|"
    # people by their role or what they are called (not one's family: "Cancer is a plague.
    # I lost my mum to it.")
    r"council|councillors?|councilors?|mayors?|government|governments|ministers?|"
    r"authorities|officials?|landlords?|landlady|bosses|boss|managers?|management|staff|"
    r"teachers?|doctors?|nurses?|referees?|pastors?|priests?|imams?|rabbis?|monks?|nuns?|"
    r"mps|senators?|presidents?|kings?|queens?|prime minister|regime|party|parties|"
    r"colleagues?|co-?workers?|classmates?|"
    r"students?|pupils?|tourists?|drivers?|cyclists?|pedestrians?|fans|supporters|"
    r"players?|workers?|employees?|customers?|visitors?|members?|congregation|owners?|"
    r"tenants?|toddlers?|teens?|teenagers?|youths?|elderly|pensioners?|"
    # and by what they use or do ("Wheelchair users are a nuisance on every bus.")
    r"users?|riders?|passengers?|commuters?|shoppers?|voters?|callers?|"
    r"smokers?|gamers?|vegans?|vegetarians?|"
    # and the idle, as a sneer names people ("I hope every one of those scroungers in
    # wheelchairs freezes to death this winter.")
    r"scroungers?|spongers?|freeloaders?|layabouts?|skivers?|shirkers?|moochers?|deadbeats?|"
    r"wasters?|benefit cheats?|"
    # people by their age ("Over 70s shouldn't be allowed to drive cars.")
    r"(?:over|under)[- ]?\d+s|\d+[- ]?(?:year[- ]?olds?|yos?)|boomers?|millennials?|"
    r"zoomers?|gen ?z(?:ers)?|gen ?x(?:ers)?|oaps?|oldies|"
    r"seniors?|moderators?|admins?|trolls?|idiots?|morons?|fools?|jerks?|losers?|clowns?|"
    r"imbeciles?|cretins?|bastards?|pigs|apes|monkeys|snakes|dogs|animals|beasts|"
    # people named by what they eat or love, as slurs name them ("curry munchers"), and
    # the words of coded attacks for a people who pull the strings
    r"munchers?|eaters?|lovers?|huggers?|worshipp?ers?|botherers?|suckers?|sniffers?|"
    r"puppet ?masters?|masters|overlords?|cabal|elites?|globalists?|bankers?|financiers?|"
    r"lobby|"
    # followers of a creed or a cause, and most people named by what they do
    # ("Death to all communists.", "Capitalists are a disease."), but not lists, wrists
    # or a verb ("Slavery should be wiped out wherever it still exists.")
    r"(?!(?:(?:play|check|wish|short|hit|black|white|wait|price|guest|mail|read|set|to-do)lists|"
    r"\w*exists|insists|persists|resists|assists|consists|subsists|desists|"
    r"twists|wrists|heists|whists)\b)\w{2,}ists|"
    rf"{NATIONS}|{SLURS}|{VERMIN})\b"
)
# A spelling trick inside a word ("p0ll0cks", "f@@cking") or a handle or hashtag: the
# text may be hiding who it is about.
_HIDING = re.compile(r"[a-z][0-9@$*]+[a-z]|[@#]\w")
_GROUP = re.compile(rf"\b{GROUP}\b")
# A name inside a sentence ("The war Israel wages …", "Mark's cooking"): a country, a
# people or a person the list above cannot know. Words in capitals are not names here.
_NAME = re.compile(r"[A-Z][a-z'’]+(?:-[A-Za-z]+)*")
_I = re.compile(r"i(?:'|’|$)")
_SHORT = 3
# A sentence that goes on about the thing named before it ("It's a worthless pile of junk.").
# or speaks of it again ("I hate it so much.", "Get rid of it.").
_BACK = re.compile(r"\b(?:it|it's|its|this|that)\b")
# A sentence the speaker tells of themself, after a thing was named ("These mosquitoes
# are vermin. I've been bitten twenty times tonight!").
_OWN = re.compile(r"^i(?:'ve|'m|'d|'ll|\s)")
# Or says how it seemed, with the thing understood: "Worst coffee I've ever had. Tasted
# like burnt tar."
_SEEMED = re.compile(
    r"^(?:tasted|tastes|smelled|smelt|smells|looked|looks|sounded|sounds|felt|feels) "
)
# An evil that opens its sentence may be called a killer: "Malaria is a murderer."
_KILLER = (
    r"(?:a |an |the )?(?:\w+ )?(?:murderers?|killers?|thief|thieves|losers?|cowards?|liars?|"
    r"bullies|bully|tyrants?|enemy|enemies|frauds?|failures?)"
)
# (and each name given after it: "The devil is a pathetic liar and a loser.")
_EVIL_AS_KILLER = re.compile(rf"\b(?:is|was|are|were) {_KILLER}(?:(?:,| and|, and) {_KILLER})*\b")
# A thing that opens its sentence may be called vermin or a pest: "These mosquitoes are
# vermin." Said of anything else, the word leaves the text to the model.
_THING_FIRST = re.compile(
    rf"^(?:(?:the|these|those|this|that|my|our|all|stupid|bloody|damn|damned|wretched) )*"
    rf"(?:{_THINGS}|{_EVILS})(?![\w-])"
)
_VERMIN = re.compile(rf"\b(?:{VERMIN})\b")
# "Us" after a verb or a preposition is the speakers, not the United States: "before they
# kill us".
_US = re.compile(
    r"\b(kill|kills|bite|bites|bit|drive|drives|drove|make|makes|made|give|gives|gave|"
    r"keep|keeps|kept|wake|wakes|woke|to|for|with|on|at|against|around|near|upon|of) us\b"
)
# Or an evil called one further on: "Kill the mosquitoes before they kill us — malaria is
# still a plague in our village."
_EVIL_IS_VERMIN = re.compile(
    rf"\b(?:{_EVILS}) (?:is|are|was|were) (?:still |now |truly |really )?(?:a |an |the )?"
    rf"(?:\w+ )?(?:{VERMIN})\b"
)
# "They" and "them" after pests, plants or other things named in the plural speak of
# them: "The mosquitoes here are vermin and I want them all dead.", "Kill the weeds, every
# last one of them, before they choke the whole garden." Before any such thing is named
# the words still point at people.
# (not places of detention: "Bring back the camps for them." speaks of people)
_PLURAL_THING = re.compile(
    r"(?<![\w-])(?!(?:prisons|jails|(?:prison |labou?r |re-education |detention )?camps)"
    rf"(?![\w-]))(?:{_THINGS}|{_EVILS})(?<=s)(?![\w-])"
)
_THEY = re.compile(r"\b(?:they|them|their|theirs|they're|they've|they'll|themselves)\b")
# Pests said to have come from elsewhere are how some speak of people ("These weeds came
# from abroad, pull them all out."): there "them" still points at people.
_ARRIVED = re.compile(
    r"\b(?:from abroad|from overseas|came here|came over|come here|coming here|crossed|"
    r"across the border|the border|boats?|flooding in|pouring in|invad\w*|breed\w*)\b"
)
_LAND = re.compile(
    r"\b(?:country|countries|nation|nations|government|governments|regime|council|authorities)\b"
)
# Whom an evil that opens its sentence harms are its victims, not its targets: "Poverty
# is a monster that devours children.", "Malaria kills thousands of people a year."
_VICTIMS = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:already\s+)?)?(?:taken|took|killed|murdered|claimed|destroyed|"
    r"ruined|stolen|stole|robbed|starved|enslaved|slaughtered|wiped out|devoured|crushed|"
    r"devours?|devouring|eats?|eating|kills?|killing|destroys?|destroying|steals?|"
    r"stealing|robs?|robbing|hurts?|hurting|harms?|harming|claims?|claiming|ruins?|ruining|"
    r"affects?|affecting|plagues?|plaguing|grips?|gripping|enslaves?|enslaving|traps?|"
    r"trapping|crushes|crushing|tears? apart|tearing apart|starves?|starving)\s+"
    r"(?:(?:the|our|their|so many|many|young|innocent|poor|vulnerable|countless|millions of|"
    r"thousands of|hundreds of|of|far too many|too many|more|so|far|most|muslim|christian|jewish|"
    r"hindu|sikh|buddhist|yazidi|kurdish|arab|african|black|immigrant|refugee|minority|religious|"
    r"rural|local)\s+)*(?:children|kids|communities|"
    r"people|families|lives|villages|muslims|jews|hindus|sikhs|buddhists|catholics|"
    r"communities|women|men|girls|boys|believers|christians|millions|thousands|youth|souls?|"
    r"futures?|the poor|the young|the weak|you|us)\b"
)
# An evil spoken to: "Death, you are a defeated enemy!"
_EVIL_ADDRESSED = re.compile(rf"^(?:{_EVILS}),?\s+(?=you\b)")
_YOU = re.compile(r"\b(?:you|you're|your|yours)\b")
_IT_FIRST = re.compile(r"^(?:it|it's|this|that)\b")
# A room or a thing of a place of worship is a thing: "Rats got into the church pantry."
# Those an act of persecution, or a place where prisoners are held, is done to are its
# victims, where the sentence condemns it: "Censorship of churches there is idiotic and
# revolting.", "The camps holding Uyghur Muslims are a hellhole and a stain on humanity."
# (what is left is the act or the place: "Persecution of Christians is justified" is not
# this, and stays with the model)
_VICTIM_WORDS = (
    r"(?:churches|christians|believers|pastors|priests|converts|minorities|women|children|girls|"
    r"journalists|muslims|jews|hindus|sikhs|buddhists|uyghurs|rohingya|worshippers|congregations|"
    r"mosques|temples|synagogues|prisoners|dissidents|activists|people|families|students|kids|"
    r"refugees|migrants|asylum seekers)"
)
_CONDEMNED_AS = (
    r"(?:idiotic|revolting|evil|disgusting|wrong|vile|shameful|a disgrace|disgraceful|an outrage|"
    r"outrageous|sickening|monstrous|barbaric|cruel|inhuman|wicked|criminal|a crime|a sin|"
    r"an abomination|abhorrent|appalling|horrific|horrendous|despicable|unacceptable|unjust|"
    r"a hellhole|hellholes|a stain|a scandal|a nightmare|hell on earth|backwards?|stupid|"
    r"a (?:stupid|cruel|backward|wicked|evil|unjust) (?:rule|law|policy|system)|pure evil|a joke|"
    r"a (?:broken|sick|cruel) joke)"
)
# (and a law, a ban, a rule or a system, with whom it bans, jails or took: "That law banning
# girls from school is backwards and disgusting.", "The hijab ban for Muslim students is a
# stupid rule.", "The residential school system that stole Indigenous kids was pure evil.")
_VICTIMS_OF_AN_ACT = re.compile(
    r"^((?:the |all |this |these |those |such |that )?(?:censorship|persecution|oppression|torture|"
    r"imprisonment|harassment|surveillance|mistreatment|abuse|jailing|detention|bombing|burning|"
    r"demolition|closure|prisons?|jails?|prison camps?|labou?r camps?|re-education camps?|"
    r"detention (?:centres?|centers?|camps?)|camps|cells|(?:[a-z-]+ ){0,2}(?:laws?|bans?|rules?|"
    r"polic(?:y|ies)|system|regulations?|decrees?)))\s+(?:of|against|on|targeting|holding|"
    r"that hold|which hold|detaining|imprisoning|for|banning|that bans?|which bans?|jailing|"
    r"that jails?|which jails?|that stole|which stole|stealing|keeping|that keeps?|locking up|"
    r"that locks? up|punishing|that punish(?:es)?)\s+(?:(?:the|our|their|innocent|local|house|"
    r"underground|religious|peaceful|christian|muslim|jewish|uyghur|tibetan|indigenous|gay|"
    rf"lesbian|trans|black|sikh|hindu|so many|thousands of|millions of)\s+)*{_VICTIM_WORDS}"
    r"(?:\s+(?:from|in|at|out of)\s+(?:school|schools|church|public|work|the country))?"
    r"(?=(?:\s+(?:there|here|over there|in\s+[a-z]+))?\s+(?:is|are|was|were)"
    rf"\s+(?:(?:so|utterly|truly|simply|just|both|a|an)\s+)?(?:[a-z]+\s+and\s+)?{_CONDEMNED_AS}\b)"
)
# (the same in a text as written, so that a people's name said only of the victims is no
# name of someone: "The camps holding Uyghur Muslims are a hellhole.")
_VICTIMS_OF_AN_ACT_AS_WRITTEN = re.compile(
    r"(?:(?<=^)|(?<=[.!?]\s))" + _VICTIMS_OF_AN_ACT.pattern.removeprefix("^"), re.IGNORECASE
)
_ROOM = re.compile(
    r"\b(?:church|mosque|temple|synagogue|chapel|parish|cathedral|gurdwara|school|hospital|"
    r"clinic|(?:refugee )?camp|shelter|library|office)(?:'s)? "
    r"(?:(?:old|new|ancient|broken|cheap|main|only|little|big|tiny|huge|leaky|rusty|dusty|"
    r"ugly|noisy|squeaky|creaky|temperamental|useless|stupid|awful|dreadful|"
    r"terrible|horrible|wretched|damned|so-called|water|coffee|tea|\d+-year-old) ){0,2}"
    r"(pantry|basement|kitchen|roof|"
    r"hall|garden|car park|parking lot|office|toilets?|attic|cellar|porch|yard|bus|van|"
    r"minibus|piano|organ|boiler|heating|carpet|website|printer|sound system|projector|"
    r"pews?|benches|chairs|seats|bells?|clock|lights|coach|kettle|"
    r"microphone|speakers?|wifi|computer|photocopier|gutters?|windows?|doors?|steps|bins?|"
    r"pump|generator|machine|fridge|freezer|stove|oven|lift|elevator|showers?|fence|gate|"
    r"playground|menu|food|coffee|tea|canteen|cafeteria|plumbing|radiators?|air conditioning)\b"
)
# What an advertisement never says: a complaint (a word the polarity lexicon calls clearly
# bad, ``negation.has_a_bad_word``), with no link, number or address to follow.
_WORDS = re.compile(r"[a-z][a-z'-]*")
# (words of complaint the lexicon lacks)
_JUNK = frozenset(["garbage", "trash", "junk", "rubbish", "broken", "crashed", "crashes"])
# (a number to call or a price, not any digit: "it dies at 40 percent", "1500 a month for a
# damp box" give nothing to follow)
_CONTACT = re.compile(
    r"\d[\d ().-]{5,}\d|[$£€]\s?\d|\d\s?(?:usd|eur|gbp|dollars|pounds|euros)\b|@|https?:|www\.|"
    r"\.com\b|\.org\b|\.net\b"
)


# What an advertisement asks of its reader, or offers: "buy", "order now", "50% off",
# "DM me", "free", "click".
_SELLING = re.compile(
    r"\b(?:buy|order|orders|ordering|shop|discount\w*|offer\w*|deals?|sale|promo\w*|coupon\w*|"
    r"free|cheap\w*|click|subscribe|follow me|dm|pm me|message me|whatsapp|telegram|call now|"
    r"earn|earning|income|profit|invest\w*|crypto|bitcoin|forex|loans?|cash|win|winner|prize|"
    r"bonus|limited time|visit (?:my|our)|check out|link in|sign up|register now|watch my|see my|"
    r"join my|my (?:show|channel|page|profile|stream|videos?|pics|photos|onlyfans)|only tonight|"
    r"tonight only|live now|webcam|cam show)\b|%"
)


def complains(text: str) -> bool:
    """``text`` complains (a clearly negative word) and gives nothing to follow (no link,
    number or address): what a text about things says when it is no advertisement."""
    folded = fold(text)
    if _CONTACT.search(folded):
        return False
    return bool(_JUNK.intersection(_WORDS.findall(folded))) or has_a_bad_word(folded)


def sells_nothing(text: str) -> bool:
    """``text`` gives nothing to follow (no link, number or address) and asks or offers
    nothing an advertisement does ("buy", "50% off", "DM me"): a text only about things
    that does this is someone's opinion of them, whatever the spam score ("Smart TVs are
    the opposite of smart. Mine takes two minutes to open an app.")."""
    folded = fold(text)
    return not (_CONTACT.search(folded) or _SELLING.search(folded))


# Everyday things the list above does not name, by WordNet's account ("Tomatoes are the
# worst vegetable ever created.", "The new bridge design is a monstrosity."): nouns every
# sense of which is food, a plant, an artifact or a substance, none a person, a people, a
# place or an animal (training/wordnet_things.py writes the list).
WORDNET_THINGS = Path(__file__).resolve().parent / "wordlists" / "things_en.txt"
_A_WORD = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")


@functools.cache
def _wordnet_things() -> frozenset[str]:
    lines = WORDNET_THINGS.read_text("utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


# A word that opens a sentence before "the", "a", "all" … is a verb said to someone, not
# a thing: "Sink the boats.", "Poison the well and watch."
_ORDER = re.compile(
    r"^[a-z]+ (?=(?:the|a|an|all|every|each|those|these|that|this|his|her|its|their|our|"
    r"my|some|more|them|him|it)\b)"
)


# A word of that list is read as a thing only where the complaint is about it: as what
# the sentence opens with, past determiners and at most two other words ("Tomatoes are
# …", "The new bridge design is …", "Worst coffee I've ever had."), or as what a verb of
# liking or hating falls on ("I despise bananas", "I hate this apple juice", "I can't stand
# the taste of liquorice"). A thing named anywhere else may stand beside people the lists
# cannot know: "Dalits are nothing but dirt.", "I'll bring the shovel to destroy this
# sheikh's face."
_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "my", "our", "his", "her", "their"}
)
_LEADING = _DETERMINERS - {"his", "her", "their"} | {"some", "all", "every", "such", "any", "no"}
_LIKING = frozenset(
    {"hate", "hates", "hated", "despise", "despises", "despised", "loathe", "loathes", "loathed",
     "detest", "detests", "detested", "dislike", "dislikes", "disliked", "stand", "like",
     "likes", "love", "loves"}
)  # fmt: skip
_ASPECT = frozenset(
    {"of", "taste", "smell", "sight", "sound", "look", "texture", "colour", "color", "shape",
     "state", "quality", "price"}
)  # fmt: skip
# Words that make the next one a verb, or show it has one before it.
_OBJECTS = _DETERMINERS | {"your", "its", "him", "them", "me", "us", "it"}
_SUBJECTS = frozenset(
    {"i", "you", "he", "she", "we", "they", "it", "ll", "m", "s", "d", "ve", "re", "will",
     "would", "shall", "can", "could", "must", "should", "do", "does", "did", "just", "wanna",
     "gonna"}
)  # fmt: skip
_BREAK = frozenset(
    {"and", "or", "but", "to", "then", "so", "nor", "off", "up", "out", "is", "are", "was",
     "were", "be"}
)  # fmt: skip


def _names_a_thing(sentence: str) -> bool:
    said = _ORDER.sub("", sentence)
    if _THING.search(said):
        return True
    things = _wordnet_things()
    words = _A_WORD.findall(said)
    return any(word in things and _as_a_noun(words, at) for at, word in enumerate(words))


def _as_a_noun(words: list[str], at: int) -> bool:
    before = words[:at]
    if at + 1 < len(words) and words[at + 1] in _OBJECTS:
        return False  # a verb: "I'll slit the throat …"
    opens = (
        len(before) <= 4
        and sum(word not in _LEADING for word in before) <= 2
        and not _BREAK.intersection(before)
        and not _LIKING.intersection(before)
        and not _SUBJECTS.intersection(before)
    )
    if opens:
        return True
    free = 0
    for word in reversed(before[-5:]):
        if word in _LIKING:
            return True
        if word not in _LEADING and word not in _ASPECT:
            free += 1
            if free > 1:
                return False
    return False


# A plural of one who does something ("blasphemers", "colonists", "Israelites") that is
# no thing named above is people the lists cannot know: "Burn every last one of those
# blasphemers to ashes." names ashes, and them.
_DOERS = re.compile(r"(?<![\w-])[a-z]+(?:ers|ors|ists|ites|ians)(?![\w-])")


def _names_doers(sentence: str) -> bool:
    things = _wordnet_things()
    return any(
        not (word in things or _THING.fullmatch(word) or _EVIL.fullmatch(word))
        for word in _DOERS.findall(sentence)
    )


def names_people(text: str) -> bool:
    """``text`` has a word for a person or a people (or a pronoun for one)."""
    folded = fold(text)
    return bool(_PERSONS.search(folded) or _GROUP.search(folded))


# A place "full of" or "filled with" what no list here calls a thing is full of people:
# "Twitter is just like real life, filled with pussies." (not "… full of bugs").
_FULL_OF = re.compile(
    r"\b(?:full of|filled with|overrun (?:with|by)|crawling with|infested with|packed with|"
    r"swarming with|teeming with)\s+(?:(?:so many|too many|nothing but|such|these|those|"
    r"all|the|this|that|[a-z]+y)\s+)?(?P<what>[a-z'-]+)"
)


def _full_of_others(said: str) -> bool:
    found = _FULL_OF.search(said)
    if not found:
        return False
    what = found.group("what")
    return not (
        _THING.fullmatch(what)
        or _EVIL.fullmatch(what)
        or what in _STUFF
        or what in _wordnet_things()
    )


# What a thing may be full of, besides the things of the lists.
_STUFF = frozenset(
    {"junk", "rubbish", "garbage", "trash", "crap", "stuff", "bugs", "errors", "mistakes",
     "typos", "holes", "lies", "nonsense", "water", "noise", "ads", "adverts", "spam",
     "clutter", "glitches", "sugar", "salt", "grease", "fat", "plastic", "chemicals"}
)  # fmt: skip


# A people's name said only of a place or a thing ("The bus to the Hindu temple was late
# again, useless rubbish service.", "The Chinese phone I bought is cheap garbage.",
# "Malaria is a vicious killer across Christian and Muslim villages in Nigeria."):
# ``things_beside_a_people`` reads the text without it. Not a people's food or drink,
# books, clothes, music or schools, which attacks name in a people's place ("Chinese food
# is disgusting" is left to the model), and never where force is wished on anything but
# "it".
_A_PEOPLES = (
    rf"(?:{NATIONS}|chinese|indian|mexican|turkish|soviet|african|asian|arab|nigerian|"
    r"somali|pakistani|hindu|sikh|jewish|muslim|christian|catholic|buddhist|orthodox|"
    r"kazakh|uzbek|eritrean|sudanese|egyptian|vietnamese|korean|gay|roma)"
)
_PLACE_OF = (
    r"(?:church|mosque|temple|synagogue|gurdwara|chapel|cathedral|parish|community "
    r"cent(?:re|er)|cultural cent(?:re|er)|refugee cent(?:re|er)|deli|restaurant|shop|market|"
    r"bar|club|cent(?:re|er)|hall|bakery|cafe|café|embassy|consulate|wedding|festival|parade|"
    r"museum|heritage museum|school fair|open day)"
)
# "at the Hindu temple", "to the mosque", "for our Muslim neighbours' iftar" … a place
# where the thing is, read as no one; "the Somali community centre's roof", its thing.
_AT_A_PLACE = re.compile(
    r"\b(?:to|at|in|inside|near|outside|from|behind|by|of|for|on the way to|on our way to|"
    r"on my way to)\s+(?:(?:the|our|my|this|that|a|an|their|local|new|old|nearby)\s+){0,3}"
    rf"(?:{_A_PEOPLES}\s+)?{_PLACE_OF}(?:'s|s)?(?:\s+(?:office|hall|kitchen|car park|"
    r"parking lot|roof|basement|garden))?\b"
)
_PLACES_THING = re.compile(rf"\b{_A_PEOPLES}\s+{_PLACE_OF}(?:'s|’s)\s+")
# "the Chinese phone", "Soviet buildings", "Christian and Muslim villages": a people's name
# before a thing made, a place or a service.
_GOODS = (
    r"(?:phones?|cars?|laptops?|computers?|tvs?|televisions?|products|goods|brands?|"
    r"electronics|gadgets?|machines?|buses|bus|trains?|trams?|metro|railways?|airports?|"
    r"airlines?|flights?|ferry|ferries|roads?|motorways?|highways?|traffic|buildings?|"
    r"tower blocks?|architecture|bureaucracy|paperwork|visa (?:portal|system|office|forms?)|"
    r"websites?|apps?|software|weather|winters?|summers?|heat|soap operas?|sitcoms?|"
    r"tv shows?|dramas?|cookbooks?|villages?|towns?|settlements?|farms?|homes?|regions?|"
    r"districts?|provinces?|post office|postal service|banks? (?:app|website)|hotels?|"
    r"fireworks|coach|coaches)"
)
_PEOPLE_BEFORE_GOODS = re.compile(
    rf"\b{_A_PEOPLES}(?:\s+(?:and|or|,)\s+{_A_PEOPLES})*\s+(?=(?:[a-z-]+\s+)?{_GOODS}\b)"
)
# A thing likened to its makers, or run by wrongdoers, speaks of people: "The Chinese phone
# is garbage, like everything those insects make.", "Nigerian websites are all scams run
# by thieves."
_LIKENED = re.compile(
    r"\b(?:just like|like (?:everything|anything|all|every|their|them|those|these|the rest|"
    r"the people)|typical|as \w+ as|run by|made by|owned by|full of)\b|"
    r"\b(?:thie(?:f|ves)|crooks?|scammers?|fraudsters?|liars?|rapists?|criminals?|cheats?|"
    r"insects?|parasites?|leeches|savages?|barbarians?|primitives?)\b"
)
# A people's friends, neighbours or hosts the speaker names beside the thing, not as
# whose the thing is ("… the iftar dinner our Muslim neighbours invited us to",
# "… writing to our Muslim pen pal"; not "my Muslim neighbour's house").
_FRIENDS = re.compile(
    rf"\b(?:my|our)\s+(?:(?:dear|good|old|new|lovely|kind)\s+)?{_A_PEOPLES}\s+(?:friends?|"
    r"neighbou?rs?|pen ?pals?|colleagues?|hosts?|guests?|classmates?|brothers and sisters)\b"
    r"(?!'|’)"
)
# ("… across villages in Nigeria": where, not who)
_IN_A_COUNTRY = re.compile(
    rf"\b(?:in|across|throughout|all over) (?:(?:north|south|east|west|central|northern|"
    rf"southern|eastern|western) )?(?:{NATIONS})\b(?!\s+(?:are|is|were|was|have|has)\b)"
)
_FORCE = re.compile(
    r"(?<![\w-])(?:kill(?:s|ed|ing)?|burn\w*|bomb\w*|destroy\w*|smash\w*|wipe\w*|raze\w*|"
    r"flatten\w*|torch\w*|blow\w* up|tear\w* down|attack\w*|shoot\w*|crush\w*|punch\w*|"
    r"kick\w*|die|dead|(?<!half to )(?<!scared to )(?<!bored to )(?<!frightened to )death(?! trap))"
    r"\b(?!\s+(?:it|this thing|that thing)\b)"
)
# (force wished on "it", the thing or evil named: "May it be wiped out.")
_ON_IT = re.compile(
    rf"\b(?:it|(?:this|that)(?:\s+(?:\w+\s+)?(?:{_EVILS}))?)\s+(?:be|is|was|gets?|being)\s+"
    r"(?:(?:\w+ly|finally|soon)\s+)?"
    r"(?:wiped out|destroyed|crushed|killed|burned|burnt|torn down|smashed|defeated|ended)\b"
)


def things_beside_a_people(text: str) -> bool:
    """``text`` speaks only of everyday things once a people's name said only of where a
    thing is or whose it is has been left out, wishing force on nothing but "it"; never
    true where the text names no people to leave out (``only_about_things`` says so)."""
    folded = fold(text)
    if _VERMIN.search(folded) or _FULL_OF.search(folded) or _LIKENED.search(folded):
        return False
    without = _PLACES_THING.sub(" ", folded)
    without = _PEOPLE_BEFORE_GOODS.sub("", _AT_A_PLACE.sub(" ", without))
    without = _IN_A_COUNTRY.sub(" ", _FRIENDS.sub(" ", without))
    without = " ".join(without.split())
    if without == " ".join(folded.split()) or _FORCE.search(_ON_IT.sub(" ", without)):
        return False
    if _names_someone(_A_PEOPLE_NAMED.sub(" ", text)):
        return False
    return only_about_things(without, names_checked=False)


_A_PEOPLE_NAMED = re.compile(rf"\b{_A_PEOPLES}\b", re.IGNORECASE)


def only_about_things(text: str, names_checked: bool = True) -> bool:
    """Every sentence of ``text`` speaks of an everyday thing (or is a short
    exclamation), at least one does, and none names a person or a people (nor, unless
    ``names_checked`` is false, has a capitalised name inside a sentence)."""
    folded = _ROOM.sub(r"\1", _COMPOUND_EVILS.sub(r"\1", _DISHES.sub(r"\1", fold(text))))
    folded = _THING_OF_A_COUNTRY.sub("", _LAWS_ON_FAITH.sub(r"\1", folded))
    folded = _IN_FAITH_MAJORITY_LANDS.sub("", _THING_IN_A_COUNTRY.sub(r"\1", folded))
    if QUOTED.search(folded) or _HIDING.search(folded):
        return False
    if names_checked and _names_someone(_VICTIMS_OF_AN_ACT_AS_WRITTEN.sub(r"\1", text)):
        return False
    about_things = False
    plural_named = evil_named = False
    for sentence in sentences(folded):
        sentence = _VICTIMS_OF_AN_ACT.sub(r"\1", sentence)
        said = _VERMIN.sub(" ", sentence) if _THING_FIRST.match(sentence) else sentence
        said = _US.sub(r"\1", _EVIL_IS_VERMIN.sub(" ", said))
        pronoun = _THEY.search(said)
        if (
            pronoun
            and not _ARRIVED.search(folded)
            and (plural_named or _PLURAL_THING.search(said, 0, pronoun.start()))
        ):
            said = _THEY.sub(" ", said)
        if _EVIL_ADDRESSED.match(sentence):
            said = _YOU.sub(" ", said)
        if evil_named and _IT_FIRST.match(sentence):
            said = _VICTIMS.sub(" ", said)  # "Sin is a parasite. It eats you from the inside."
        if _EVIL.match(sentence):
            evil_named = True
            if _THE_DEVIL.match(sentence):
                # "he" and "his" after the devil are the devil's: "The devil is a filthy liar
                # and a loser, he has no power over this house!"
                said = _HIS.sub(" ", said)
            # An evil said to eat at a country is said of the country: "Corruption is a
            # cancer eating away at this nation.", "Poverty is a disgrace in a country
            # this rich." (a people or a faith named beside it still leaves it alone).
            said = _VICTIMS.sub(" ", _EVIL_AS_KILLER.sub(" ", _LAND.sub(" ", said)))
        if _PERSONS.search(said) or _GROUP.search(said) or _full_of_others(said):
            return False
        listed = bool(_THING.search(_ORDER.sub("", sentence)) or _EVIL.match(sentence))
        if not listed and _names_doers(said):
            return False
        if listed or _names_a_thing(sentence):
            about_things = True
            plural_named = plural_named or bool(_PLURAL_THING.search(sentence))
        elif not (
            about_things
            and (
                _BACK.search(sentence) or _OWN.match(sentence) or _SEEMED.match(sentence) or pronoun
            )
        ) and (len(sentence.split()) > _SHORT):
            return False
    return about_things


_PLACE_NAME_END = re.compile(
    r"(?:street|road|avenue|square|lane|boulevard|bridge|station|airport|bazaar|market|"
    r"river|lake|mountains|highway|motorway|ring road|roundabout|park)"
)
_COMPASS = re.compile(r"(?:north|south|east|west|central|northern|southern|eastern|western)")
_NATION = re.compile(rf"(?:{NATIONS})")


def _a_place(words: list[str], at: int) -> bool:
    """The capitalised word at ``at`` names a place: after "in", "at", "from" … ("43
    degrees today in Lahore"), or a country after "of" ("the labour camps of North
    Korea"), "North" and the like passed over."""
    before = at - 1
    while before > 0 and _COMPASS.fullmatch(fold(words[before])):
        before -= 1
    word = fold(words[at]).strip(".,!?;:'\"")
    if _COMPASS.fullmatch(word) or _PLACE_NAME_END.fullmatch(word):
        return True
    # (a street, a square or a station by its name: "the pothole on Main Street")
    following = words[at + 1] if at + 1 < len(words) else ""
    if _NAME.match(following) and _PLACE_NAME_END.fullmatch(fold(following).strip(".,!?;:'\"")):
        return True
    # (a place named before a thing of it: "This Karachi heat is evil.", "Lagos traffic"; one
    # plain word, not a belief or a cause: "Anti-Semitism law")
    if (
        following
        and word.isalpha()
        and not word.endswith(("ism", "isms"))
        and _THING.fullmatch(fold(following).strip(".,!?;:'\""))
    ):
        return True
    previous = fold(words[before])
    return bool(_PLACE_BEFORE.match(previous) or (previous == "of" and _NATION.fullmatch(word)))


def _names_someone(text: str) -> bool:
    """A capitalised word inside a sentence of ``text`` that is not "I" and not a thing."""
    for sentence in sentences(text):
        words = sentence.split()
        for at in range(1, len(words)):
            name = _NAME.match(words[at].lstrip("\"'“‘(["))
            folded = fold(name.group()) if name else ""
            if name and not (
                _I.match(folded)
                or _THING.fullmatch(folded)
                or _EVIL.fullmatch(folded)
                or _a_place(words, at)
                or _THING_OF_A_COUNTRY.match(fold(" ".join(words[at:])))
                or _FAITH_MAJORITY.match(fold(" ".join(words[at:])))
            ):
                return True
    return False
