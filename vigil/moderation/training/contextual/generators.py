"""Generated training lines for the forms the public data is thin on.

The public sets are mostly tweets and Reddit comments. A prayer wall needs the
model to know, above all, where an attack is *mentioned* rather than *made*:
counter-speech that quotes an attack to condemn it, negated attacks, people
naming their own faith or people, profanity that attacks no one, prayers that
name persecutors and the violence they did, and links in ordinary prayers. It
must also know attacks dressed as prayers. Each family below is a list of
hand-written templates; every template has an id (``family:index``) and the
train/dev split is made on those ids, so no template sits on both sides.

All lines come from a seeded ``random.Random``: the same call gives the same
lines. Labels are explicit per template; a label a template cannot decide
(does "punish the X" threaten?) is left out and masked in the loss.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from .sources import Sample, obscene_tag

__all__ = ["GENERATED_WEIGHT", "generate", "obfuscate"]

SEED = 20261125
GENERATED_WEIGHT = 1.5
PER_TEMPLATE = 36

# (plural, singular) — religions, peoples and other groups people are attacked for.
GROUPS: tuple[tuple[str, str], ...] = (
    ("Muslims", "Muslim"),
    ("Christians", "Christian"),
    ("Jews", "Jewish person"),
    ("Hindus", "Hindu"),
    ("Buddhists", "Buddhist"),
    ("Sikhs", "Sikh"),
    ("atheists", "atheist"),
    ("Catholics", "Catholic"),
    ("Protestants", "Protestant"),
    ("Orthodox Christians", "Orthodox Christian"),
    ("Baha'is", "Baha'i"),
    ("Yazidis", "Yazidi"),
    ("Ahmadis", "Ahmadi"),
    ("Shia Muslims", "Shia Muslim"),
    ("Sunni Muslims", "Sunni Muslim"),
    ("evangelicals", "evangelical"),
    ("Copts", "Copt"),
    ("converts", "convert"),
    ("Arabs", "Arab"),
    ("Kurds", "Kurd"),
    ("Uyghurs", "Uyghur"),
    ("Tamils", "Tamil"),
    ("Africans", "African"),
    ("Nigerians", "Nigerian"),
    ("Pakistanis", "Pakistani"),
    ("Chinese people", "Chinese person"),
    ("Indians", "Indian"),
    ("Mexicans", "Mexican"),
    ("immigrants", "immigrant"),
    ("refugees", "refugee"),
    ("Black people", "Black person"),
    ("Asians", "Asian"),
    ("Roma", "Roma person"),
    ("Fulani", "Fulani man"),
    ("Rohingya", "Rohingya woman"),
    ("Somalis", "Somali"),
    ("Iranians", "Iranian"),
    ("Kazakhs", "Kazakh"),
    ("Eritreans", "Eritrean"),
    ("Syrians", "Syrian"),
    ("Afghans", "Afghan"),
    ("Palestinians", "Palestinian"),
    ("Israelis", "Israeli"),
    ("white people", "white person"),
    ("women", "woman"),
    ("gay people", "gay man"),
    ("trans people", "trans woman"),
    ("disabled people", "disabled person"),
)
COUNTRIES = (
    "Kazakhstan", "Nigeria", "Iran", "North Korea", "Pakistan", "Syria", "Iraq", "Eritrea",
    "Somalia", "Yemen", "Libya", "Sudan", "Afghanistan", "Myanmar", "India", "China", "Egypt",
    "Algeria", "Uzbekistan", "Vietnam", "Laos", "Mali", "Burkina Faso", "Cuba", "Nicaragua",
    "our town", "this country", "Europe",
)  # fmt: skip
NEG_ADJ = (
    "backward", "filthy", "disgusting", "stupid", "savage", "primitive", "worthless", "evil",
    "vile", "dirty", "treacherous", "greedy", "lazy", "inbred", "brainless", "repulsive",
    "violent", "subhuman", "pathetic", "useless",
)  # fmt: skip
NEG_NOUN = (
    "idiots", "animals", "rats", "vermin", "parasites", "savages", "cockroaches", "trash",
    "scum", "terrorists", "criminals", "liars", "pigs", "invaders", "leeches", "a disease",
    "a plague", "a cancer", "morons", "snakes",
)  # fmt: skip
HARM = (
    ("kill", "killed"), ("shoot", "shot"), ("hang", "hanged"), ("burn", "burned"),
    ("beat", "beaten"), ("wipe out", "wiped out"), ("exterminate", "exterminated"),
    ("round up", "rounded up"), ("drown", "drowned"), ("gas", "gassed"), ("stab", "stabbed"),
    ("bomb", "bombed"),
)  # fmt: skip
RIGHTS = (
    "vote", "pray in public", "build places of worship", "live in our neighbourhood",
    "teach our children", "hold office", "marry our daughters", "own land here", "come here",
    "work in our hospitals",
)  # fmt: skip
PERSECUTORS = (
    "Boko Haram", "ISIS fighters", "the militants", "the Taliban", "the secret police",
    "the regime", "extremists", "al-Shabaab", "the soldiers", "a mob", "armed herdsmen",
    "the local authorities", "the police", "masked men", "the village elders", "the guards",
    "his own family", "the security services", "a gang", "the rebels",
)  # fmt: skip
HARMS_SUFFERED = (
    "burned their homes", "killed the pastor", "beat the converts", "kidnapped the girls",
    "closed the church", "arrested the house church leaders", "tortured the prisoners",
    "destroyed the crops", "shot at the worshippers", "raided the Bible study",
    "threw stones at the church", "took the children", "murdered twelve believers",
    "raped the women", "poisoned the well", "threatened the families",
)  # fmt: skip
NAMES = (
    "John", "Samuel", "Ahmed", "Li Wei", "Maria", "Grace", "David", "Yusuf", "Esther",
    "Farid", "Miriam", "Daniel", "Aisha", "Joseph", "Ruth", "Tesfaye", "Ngozi", "Hamid",
)  # fmt: skip
PEOPLE_INSULTS = (
    "idiot", "moron", "loser", "clown", "fraud", "hypocrite", "coward", "imbecile", "fool",
    "liar", "creep", "joke",
)  # fmt: skip
URLS = (
    "www.example.org", "https://example.org/pray", "www.ourchurch.example/prayer",
    "example.net/news", "https://prayer.example.com/guide", "www.example.org/stories",
    "http://example.com/vigil", "example.org/kazakhstan",
)  # fmt: skip

ADDRESSES = (
    "Lord", "Father", "Jesus", "Lord Jesus", "Holy Spirit", "Heavenly Father", "O God",
    "Good Shepherd", "Almighty God", "Dear Lord", "Mighty God", "King of kings",
)  # fmt: skip
FLOCKS = (
    "your people", "the believers", "the house churches", "the converts", "the prisoners",
    "the families who fled", "your children", "the pastors", "the secret believers",
    "the widows", "the young Christians", "our brothers and sisters", "the church",
)  # fmt: skip
PLACES = (
    "a prison cell", "a refugee camp", "a hospital bed", "an interrogation room",
    "a labour camp", "a hiding place", "a burned-out church", "a police station",
)  # fmt: skip
WORSHIP = (
    "mosques", "churches", "temples", "synagogues", "gurdwaras", "shrines", "prayer halls",
)  # fmt: skip
SUFFERINGS = (
    "hunted", "betrayed", "arrested", "beaten", "mocked", "hated", "driven out",
    "spat on", "abandoned by friends", "falsely accused", "stripped and whipped",
)  # fmt: skip

FLAGS = ("NG", "IR", "KZ", "PK", "SY", "IQ", "IN", "CN", "EG", "KP", "ER", "AF", "MM", "SD")
Fill = dict[str, str]


@dataclass(frozen=True)
class Template:
    """A sentence pattern and the labels every line made from it carries."""

    pattern: str
    labels: dict[str, int]


def _fill(rng: random.Random) -> Fill:
    plural, singular = rng.choice(GROUPS)
    harm, harmed = rng.choice(HARM)
    return {
        "G": plural,
        "g": singular,
        "C": rng.choice(COUNTRIES),
        "adj": rng.choice(NEG_ADJ),
        "noun": rng.choice(NEG_NOUN),
        "harm": harm,
        "harmed": harmed,
        "right": rng.choice(RIGHTS),
        "P": rng.choice(PERSECUTORS),
        "did": rng.choice(HARMS_SUFFERED),
        "name": rng.choice(NAMES),
        "insult": rng.choice(PEOPLE_INSULTS),
        "url": rng.choice(URLS),
        "flag": _flag(rng.choice(FLAGS)),
        "addr": rng.choice(ADDRESSES),
        "flock": rng.choice(FLOCKS),
        "place": rng.choice(PLACES),
        "suffered": rng.choice(SUFFERINGS),
        "worship": rng.choice(WORSHIP),
    }


def _flag(code: str) -> str:
    """The flag emoji of an ISO country code (two regional indicator letters)."""
    return "".join(chr(0x1F1E6 + ord(letter) - ord("A")) for letter in code)


def _an(word: str) -> str:
    return ("an " if word[:1].lower() in "aeiou" else "a ") + word


def _render(pattern: str, fill: Fill) -> str:
    a_g = _an(fill["g"])
    text = pattern.format(**fill, a_g=a_g, A_g=a_g.capitalize(), a_adj=_an(fill["adj"]))
    return text[:1].upper() + text[1:]


CLEAN = {"identity_attack": 0, "insult": 0, "threat": 0, "sexual": 0, "spam": 0}
ATTACK = {"identity_attack": 1, "sexual": 0, "spam": 0}
ATTACK_INSULT = {**ATTACK, "insult": 1, "threat": 0}
ATTACK_THREAT = {**ATTACK, "threat": 1}
PLAIN = {**CLEAN, "obscene": 0}
INSULT_ONLY = {"identity_attack": 0, "insult": 1, "threat": 0, "sexual": 0, "spam": 0}

ATTACKS: tuple[Template, ...] = (
    Template("{G} are {noun}.", ATTACK_INSULT),
    Template("All {G} are {adj}, every single one of them.", ATTACK_INSULT),
    Template("{G} are nothing but {adj} {noun}.", ATTACK_INSULT),
    Template("Honestly, {G} are the most {adj} people on earth.", ATTACK_INSULT),
    Template("I can't stand {G}. They are {adj} and always will be.", ATTACK_INSULT),
    Template("{G} should not be allowed to {right}.", {**ATTACK, "threat": 0}),
    Template("No {g} should ever be allowed to {right}.", {**ATTACK, "threat": 0}),
    Template("Why are {G} always so {adj}?", ATTACK_INSULT),
    Template("Isn't it obvious by now that {G} are {noun}?", ATTACK_INSULT),
    Template("In my opinion {G} are {noun} and we should say so.", ATTACK_INSULT),
    Template("Our country would be better off without any {G}.", ATTACK),
    Template("Typical {g}, {adj} as always.", ATTACK_INSULT),
    Template("I met some {G} at the market. They were {adj}, like all of them.", ATTACK_INSULT),
    Template("You are just {a_adj} {g}, go back to where you came from.", ATTACK_INSULT),
    Template("{G} are {noun} on {C} and nobody dares to say it.", ATTACK_INSULT),
    Template("{G} breed like {noun} and take everything.", ATTACK_INSULT),
    Template("Never trust {a_g}; they lie as easily as they breathe.", ATTACK),
    Template("{G} are not human, they are {noun}.", ATTACK_INSULT),
    Template("Those {adj} {G} ruin every place they move into.", ATTACK_INSULT),
    Template("The problem with {C} is simple: too many {G}.", ATTACK),
    Template("Pray that the {G} of {C} stop being such {adj} {noun}.", ATTACK_INSULT),
    Template("Lord, rid {C} of the {adj} {G}.", ATTACK_THREAT),
    Template("Father, open the eyes of these {adj} {G} before they ruin {C}.", ATTACK_INSULT),
    Template("God, punish the {G}, they are all {noun}.", ATTACK_INSULT),
    Template("Lord, protect us from the {G}; they are {noun}.", ATTACK_INSULT),
    Template("Amen. And send the {G} back where they came from.", ATTACK),
    Template("Dear Jesus, {G} are {noun}, please keep them away from our church.", ATTACK_INSULT),
    Template("Praying that {C} is finally cleansed of {G}.", ATTACK_THREAT),
    Template("Lord, bless everyone except the {adj} {G}.", ATTACK_INSULT),
    Template("I will {harm} every {g} I find in {C}.", ATTACK_THREAT),
    Template("{G} should all be {harmed}.", ATTACK_THREAT),
    Template("Someone needs to {harm} the {G} in {C}.", ATTACK_THREAT),
    Template("We are coming for you, {G}. You will not sleep safe.", ATTACK_THREAT),
    Template("Let's {harm} the {G} in this town before they multiply.", ATTACK_THREAT),
    Template("Death to the {G} of {C}.", ATTACK_THREAT),
    Template("Lord, let the {G} be {harmed} in their beds.", ATTACK_THREAT),
    Template("If I see {a_g} near our church I'll {harm} them.", ATTACK_THREAT),
)
INSULTS: tuple[Template, ...] = (
    Template("Pastor {name} is a {insult}.", INSULT_ONLY),
    Template("You are a pathetic {insult} and everyone here knows it.", INSULT_ONLY),
    Template("Whoever wrote this prayer is a complete {insult}.", INSULT_ONLY),
    Template("Shut up, {name}, you {insult}.", INSULT_ONLY),
    Template("{name}, nobody cares what a {insult} like you thinks.", INSULT_ONLY),
    Template("Only a {insult} would pray for people like that.", INSULT_ONLY),
)
COUNTER_FRAMES: tuple[str, ...] = (
    'Saying "{q}" is hateful and wrong.',
    'I reported a post that said "{q}"',
    'Someone painted "{q}" on the wall of our church. Lord, heal our town.',
    '"{q}" No. That is not who we are, and it is not what Jesus teaches.',
    "My cousin told me that {l} I told him that is racist and he should be ashamed.",
    'Please remove the comment that says "{q}"',
    'When people say "{q}", remember that every person bears the image of God.',
    'A preacher said "{q}" and we walked out.',
    'Words like "{q}" have no place on this wall.',
    'The banner at the rally read "{q}" Pray for the people it targeted.',
    'It breaks my heart to read things like "{q}"',
    'My son heard "{q}" at school today. Lord, teach him to answer with love.',
    'People shouted "{q}" at our neighbours. We stood with them and we will again.',
    'Anyone who says "{q}" should read the Gospels again.',
    'The man who wrote "{q}" on the mosque door has been arrested. Pray for him too.',
    'For years they told us "{q}" It was a lie then and it is a lie now.',
    "I reported a comment that said {l}",
    "Someone told me {l} That is a lie, and I said so.",
    "It makes me sad when people say {l}",
    "Our bishop condemned the graffiti that said {l}",
)
REFERENCES: tuple[Template, ...] = (
    Template("Stop saying that {G} are {noun}. It is a lie.", CLEAN),
    Template("Calling {G} {noun} is hate speech, plain and simple.", CLEAN),
    Template("Anyone who thinks {G} are {adj} has never met my neighbours.", CLEAN),
    Template("Hating {G} has no place in the church.", CLEAN),
    Template("It is wrong to call {G} {noun}, whatever you think of their beliefs.", CLEAN),
    Template("Lord, forgive us for the times we called {G} {noun}.", CLEAN),
    Template("Threatening {G} is a crime and a sin.", CLEAN),
    Template("The idea that {G} should not {right} is wicked. Lord, change hearts.", CLEAN),
)
NEGATIONS: tuple[Template, ...] = (
    Template("{G} are not {noun}.", CLEAN),
    Template("I would never say that {G} are {adj}.", CLEAN),
    Template("It is a lie that {G} are {noun}.", CLEAN),
    Template("No, {G} are not {noun}; they are our neighbours.", CLEAN),
    Template("{G} are not {adj}. They are people God loves.", CLEAN),
    Template("Nobody should ever call {G} {noun}.", CLEAN),
    Template("I don't think {G} are {adj} at all.", CLEAN),
    Template("I will never hate {G}, whatever happens.", CLEAN),
    Template("We would never wish harm on the {G} of {C}.", CLEAN),
    Template("No one deserves to be {harmed}, and that includes the {G}.", CLEAN),
    Template("{G} aren't {noun}.", CLEAN),
    Template("Don't call {G} {noun}.", CLEAN),
    Template("{G} are no more {adj} than anyone else.", CLEAN),
    Template("Not one {g} I know is {adj}.", CLEAN),
    Template("It is false that {G} are {noun}, and saying it is a sin.", CLEAN),
    Template("I used to think {G} were {noun}. I was wrong, and I am sorry.", CLEAN),
)
IDENTITY: tuple[Template, ...] = (
    Template("I am {a_g}.", CLEAN),
    Template("I am {a_g} and I pray for my Christian friends in {C}.", CLEAN),
    Template("As {a_g}, I stand with the persecuted church.", CLEAN),
    Template("{G} in {C} are praying too.", CLEAN),
    Template("{G} are welcome at our table.", CLEAN),
    Template("My best friend is {a_g}, and she prays for me every week.", CLEAN),
    Template("Our neighbours are {G}, and they brought soup when we were ill.", CLEAN),
    Template("Being {a_g} is nothing to be ashamed of.", CLEAN),
    Template("I love the {G} in our street.", CLEAN),
    Template("{G} are people made in the image of God.", CLEAN),
    Template("Many {G} in {C} also suffer under the regime. Have mercy on them.", CLEAN),
    Template("{G} and Christians prayed together for the hostages last night.", CLEAN),
    Template("Lord, bless the {G} of {C} and give them peace.", CLEAN),
    Template("Pray that the {G} of {C} find work and safety this winter.", CLEAN),
    Template("Thank you for the {g} doctor who treated our pastor for free.", CLEAN),
    Template("How many {G} live in {C}?", CLEAN),
    Template("Our church hosts a lunch where {G} and locals eat together.", CLEAN),
    Template("There are {G} among the believers in {C}; protect them all.", CLEAN),
    Template("We are {G}, and we pray with you tonight.", CLEAN),
    Template("My mother is {a_g}.", CLEAN),
    Template("I'm {a_g}, and this wall gives me hope.", CLEAN),
    Template("Our pastor grew up among {G} in {C}.", CLEAN),
    Template("{G} pray for peace too.", CLEAN),
    Template("She is {a_g} and my closest friend.", CLEAN),
    Template("I was born {a_g} in {C}.", CLEAN),
    Template("Are there many {G} in {C}?", CLEAN),
    Template("{A_g} family moved in next door and we welcomed them.", CLEAN),
    Template("Please pray for the {G} too.", CLEAN),
    Template("Proud to be {a_g}.", CLEAN),
    Template("Most of my colleagues are {G}.", CLEAN),
)
PERSECUTION: tuple[Template, ...] = (
    Template("Lord, comfort the families in {C}: {P} {did}.", CLEAN),
    Template("Pray for the believers in {C}. Last week {P} {did}.", CLEAN),
    Template("Father, we forgive {P}, who {did}. Change their hearts.", CLEAN),
    Template("Pastor {name} was arrested and beaten by {P}. Pray for his release.", CLEAN),
    Template("Lord, stop the violence of {P} against the Christians of {C}.", CLEAN),
    Template("In {C}, {P} {did}. Give the survivors courage, Lord.", CLEAN),
    Template('{P} shouted "death to Christians" and {did}. Lord, protect the survivors.', CLEAN),
    Template("Converts from Islam in {C} face prison and beatings. Strengthen them.", CLEAN),
    Template("Break the power of {P} in {C}, and bring them to repentance.", CLEAN),
    Template("My brother was {harmed} by {P} for reading the Bible. Pray for his healing.", CLEAN),
    Template("Jesus, you know what {P} did to {name}. Heal the wounds no one sees.", CLEAN),
    Template("The {G} of {C} were persecuted too when {P} {did}. Lord, have mercy.", CLEAN),
    Template("Pray for {name}, whose husband was killed by {P} in {C}.", CLEAN),
    Template("They {did} and still the church in {C} sings. Praise God.", CLEAN),
)
PROFANITY: tuple[Template, ...] = (
    Template("Holy shit, they released Pastor {name}! Thank you Lord!", CLEAN),
    Template("Damn, this news breaks my heart. Praying for {C}.", CLEAN),
    Template("This fucking war has to end. Lord, have mercy on {C}.", CLEAN),
    Template("Shit, I forgot to pray yesterday. Doing it now for {C}.", CLEAN),
    Template("I was so fucking scared when I heard about the attack, but God is faithful.", CLEAN),
    Template("Fuck cancer. Please pray for my aunt {name}.", CLEAN),
    Template("Bloody hell, another church burned in {C}. Lord, comfort them.", CLEAN),
    Template("What a shitty week. Still, God is good and {C} is in my prayers.", CLEAN),
    Template("Damn right we will keep praying for {C}!", CLEAN),
)
LINKS: tuple[Template, ...] = (
    Template("Praying for {C} tonight, read {url}", CLEAN),
    Template("More prayer points for {C} at {url}", CLEAN),
    Template("Our church's prayer guide for {C}: {url}", CLEAN),
    Template("Watch the testimony of a believer from {C} here {url} and pray.", CLEAN),
    Template("Join our online vigil for {C} on Friday evening: {url}", CLEAN),
    Template("Lord, protect the believers in {C}. (Story: {url})", CLEAN),
    Template("Pastor {name}'s family asked us to share {url} so people can pray.", CLEAN),
)
HOMONYMS: tuple[Template, ...] = (
    Template("We walked along the dyke in Holland and prayed for {C}.", PLAIN),
    Template("My gran made faggots and peas for the church supper.", PLAIN),
    Template("As a queer Christian I found a home in this church.", PLAIN),
    Template("Our queer youth group prays for the believers in {C} every week.", PLAIN),
    Template("The volunteers left the chapel spick and span for Sunday.", PLAIN),
    Template("The old farmer tied a faggot of sticks for the fire.", PLAIN),
    Template("We prayed for {C} on the dyke road after the floods.", PLAIN),
    Template(
        "The cock crowed three times, and Peter wept. Lord, restore us as you restored him.", PLAIN
    ),
    Template("Bless the donkey and the ass that carried the bread to the camp in {C}.", PLAIN),
)

EMOJI: tuple[Template, ...] = (
    Template("🙏 for {C} {flag}", CLEAN),
    Template("Praying for the {G} of {C} 🙏❤️", CLEAN),
    Template("🕊️ Peace to {C} 🕊️", CLEAN),
    Template("✝️🙏 Lord, protect the church in {C}", CLEAN),
    Template("❤️🙏🏾 Standing with you, {name}", CLEAN),
    Template("Amen 🙏🙏🙏", CLEAN),
    Template("{flag} 🙏", CLEAN),
    Template("😢 So sad to hear about {C}. Praying.", CLEAN),
    Template("🙌 Praise God, Pastor {name} is free! {flag}", CLEAN),
    Template("💔 for the families in {C}. Lord, comfort them 🙏🏽", CLEAN),
    Template("Lifting up the {G} of {C} today 🙏✨", CLEAN),
    Template("🔥 Revival in {C}! Thank you Jesus 🙌🏿", CLEAN),
)

# Intercession in the Bible's own strong images: shelter, fire, battle, chains,
# pursuit, exile. Prayer walls are full of them and none attacks anyone.
IMAGERY: tuple[Template, ...] = (
    Template("{addr}, cover {flock} in {C} with the shadow of your wings.", CLEAN),
    Template("{addr}, be a wall of fire around {flock} in {C}.", CLEAN),
    Template("Holy Spirit, fall like fire on {C}! Let revival burn and never go out.", CLEAN),
    Template("{addr}, send your fire on the churches of {C} and set them ablaze with love.", CLEAN),
    Template("{addr}, run after every lost sheep in {C} and carry them home.", CLEAN),
    Template("{addr}, you were {suffered} too. Stand beside {flock} in {C}.", CLEAN),
    Template("{addr}, you know what it is to be {suffered}. Hold {flock} of {C} close.", CLEAN),
    Template("{addr}, you are as near in {place} as in a church. Be near {flock} in {C}.", CLEAN),
    Template("{addr}, bring home the exiles of {C} when it is safe to go back.", CLEAN),
    Template("{addr}, lead those who had to flee {C} back to their homes in peace.", CLEAN),
    Template("{addr}, tear down every stronghold of fear in {C}.", CLEAN),
    Template("{addr}, break every chain that holds {flock} in {C}.", CLEAN),
    Template("Fight for {flock} in {C}, {addr}; the battle belongs to you.", CLEAN),
    Template("{addr}, let every weapon formed against {flock} in {C} fail.", CLEAN),
    Template("{addr}, confound the plans of those who hunt {flock} in {C}.", CLEAN),
    Template("{addr}, open the prison doors in {C} as you did for Peter.", CLEAN),
    Template("Set the captives free in {C}, {addr}, and heal their wounds.", CLEAN),
    Template("{addr}, send your angels to stand guard over {flock} in {C}.", CLEAN),
    Template("{addr}, be the hiding place of {flock} in {C} when the storm comes.", CLEAN),
    Template("{addr}, shake {C} with your power and wake your church.", CLEAN),
    Template("{addr}, let the blood of the martyrs in {C} be the seed of your church.", CLEAN),
    Template("The gates of hell will not prevail against {flock} in {C}. Amen!", CLEAN),
    Template("{addr}, meet the persecutors in {C} on the road, as you met Saul.", CLEAN),
    Template("{addr}, raise up an army of prayer for {C}.", CLEAN),
    Template("Drive the darkness out of {C}, {addr}, with your light.", CLEAN),
    Template("{addr}, crush fear under your feet and give {flock} in {C} courage.", CLEAN),
    Template("{addr}, hunt down every lie told about {flock} in {C} and expose it.", CLEAN),
    Template("{addr}, cover {flock} in {C} with your blood and keep them.", CLEAN),
    Template("{addr}, do not let the fire go out in {C}; fan it into flame.", CLEAN),
    Template("{addr}, go after {name}, who walked away from you in {C}.", CLEAN),
    Template("{addr}, when they are {suffered} in {C}, let them not be afraid.", CLEAN),
    Template("{addr}, you are the same in {place} as at home. Thank you.", CLEAN),
    Template("Storm the heavens for {C} tonight, church! Pray without ceasing.", CLEAN),
    Template("{addr}, overturn the unjust laws of {C} as you overturned the tables.", CLEAN),
)
# The same images turned on people or their places of worship: attacks, whatever the
# prayer's form. The contrast with IMAGERY is who the fire, the hunt or the crushing is for.
IMAGERY_ATTACKS: tuple[Template, ...] = (
    Template("Fire of God, burn the {worship} of {C} to the ground.", ATTACK_THREAT),
    Template("{addr}, send your fire on the {G} of {C} and burn them all.", ATTACK_THREAT),
    Template("Holy Spirit, fall like fire on the {G} and consume them.", ATTACK_THREAT),
    Template("{addr}, hunt down the {G} of {C} and let none of them escape.", ATTACK_THREAT),
    Template("{addr}, crush the {G} under your feet.", ATTACK_THREAT),
    Template("{addr}, tear down every one of the {worship} in {C}.", ATTACK_THREAT),
    Template("Drive the {G} out of {C} like the darkness, {addr}.", ATTACK_THREAT),
    Template("{addr}, break the {G} of {C} as you break chains.", ATTACK_THREAT),
    Template("{addr}, turn every weapon in {C} against the {G}.", ATTACK_THREAT),
    Template("Send your angels to strike down the {G} in {C}, {addr}.", ATTACK_THREAT),
    Template("{addr}, let the {worship} of the {G} burn and never be rebuilt.", ATTACK_THREAT),
    Template("Storm the {worship} of {C}, church, and drive the {G} out!", ATTACK_THREAT),
)
# Intercession for a people by name: mercy, safety, healing, a return home, peace between
# neighbours, an end to the violence they suffer. A people named beside words of harm is
# not an attack when the harm is what the prayer asks to end; the contrast is ATTACKS'
# prayers that wish the harm on them.
BLESSINGS: tuple[Template, ...] = (
    Template("{addr}, have mercy on the {G} of {C}.", CLEAN),
    Template("{addr}, have mercy on the {G} and on their neighbours in {C}.", CLEAN),
    Template("{addr}, may the {G} of {C} be {harmed} no more.", CLEAN),
    Template("{addr}, let no {g} in {C} be {harmed} for what they believe.", CLEAN),
    Template("Pray for the {G} of {C}, who are {suffered} and afraid.", CLEAN),
    Template("Pray for converts in {C}, who risk being {harmed} if they are found out.", CLEAN),
    Template("{addr}, bring home every {g} who was taken from {C}.", CLEAN),
    Template("{addr}, bring home the girls who were kidnapped in {C}, and heal them.", CLEAN),
    Template("{addr}, heal the {G} who survived the attack in {C}.", CLEAN),
    Template("{addr}, comfort the families of the {G} {harmed} in {C}.", CLEAN),
    Template("{addr}, may the attack on the {worship} of {C} never happen again.", CLEAN),
    Template("{addr}, let the {G} of {C} live, learn and worship in peace.", CLEAN),
    Template("{addr}, let the {G} in our church be honoured and heard.", CLEAN),
    Template("{addr}, may the {worship} of the {G} and our church be good neighbours.", CLEAN),
    Template("{addr}, give the {G} of {C} homes, land and work.", CLEAN),
    Template("{addr}, protect the {G} of {C} from {P}.", CLEAN),
    Template("{addr}, when they come for us in {C}, let us not hate them.", CLEAN),
    Template("{addr}, even if they burn our churches, keep our love for the {G} alive.", CLEAN),
    Template("Pray for {C}: for the {G}, for the Christians, for every people in it.", CLEAN),
    Template("{addr}, bless the {G} of {C} and let them hear the good news.", CLEAN),
    Template("Lord, be near the {G} of {C} who have lost everything.", CLEAN),
    Template("{addr}, stop the hands of everyone who wants the {G} {harmed}.", CLEAN),
    Template("{addr}, may the {G} and the Christians of {C} forgive one another.", CLEAN),
    Template("{addr}, let the {G} of {C} be safe in their homes tonight.", CLEAN),
    Template("{addr}, strengthen the {g} believers in {C} who are {suffered}.", CLEAN),
    Template("{addr}, no more {harmed} {G} in {C}. Bring justice and peace.", CLEAN),
)
# Opinions and questions that state a view or ask something without attacking anyone.
OPINIONS: tuple[Template, ...] = (
    Template("Why does God allow {flock} in {C} to suffer so much?", CLEAN),
    Template("Is it safe to send Bibles to {C}?", CLEAN),
    Template("I disagree with the government of {C}, but I pray for its leaders.", CLEAN),
    Template("I don't share the faith of the {G}, but I would defend their right to pray.", CLEAN),
    Template("I think the laws against converts in {C} are unjust.", CLEAN),
    Template("Do the {G} of {C} face the same pressure as the Christians there?", CLEAN),
    Template("Honestly, I think we in the West forget {C} far too easily.", CLEAN),
    Template("What can an ordinary church do for {flock} in {C}?", CLEAN),
    Template("I believe Jesus is the only way, and I love my {g} neighbours.", CLEAN),
    Template("In my opinion the persecution in {C} gets far too little attention.", CLEAN),
    Template("Why do {P} hate Christians so much? Lord, change their hearts.", CLEAN),
    Template("Is there anything we can write to {name} in prison?", CLEAN),
    Template("I was angry when I read about {C}, but I choose to pray instead.", CLEAN),
    Template("Religious freedom should be for {G} and Christians alike.", CLEAN),
)

FAMILIES: dict[str, tuple[Template, ...]] = {
    "attack": ATTACKS,
    "insult": INSULTS,
    "reference": REFERENCES,
    "negation": NEGATIONS,
    "identity": IDENTITY,
    "persecution": PERSECUTION,
    "profanity": PROFANITY,
    "link": LINKS,
    "homonym": HOMONYMS,
    "emoji": EMOJI,
    "imagery": IMAGERY,
    "imagery_attack": IMAGERY_ATTACKS,
    "opinion": OPINIONS,
    "blessing": BLESSINGS,
}


def obfuscate(text: str, rng: random.Random) -> str:
    """One spelling trick on one longer word: look-alike digits, a starred or
    dropped letter, a split, a doubled letter, or two letters swapped."""
    words = text.split(" ")
    candidates = [i for i, word in enumerate(words) if len(word) >= 4 and word.isalpha()]
    if not candidates:
        return text
    index = rng.choice(candidates)
    words[index] = rng.choice(_TRICKS)(words[index], rng)
    return " ".join(words)


_LOOKALIKES = str.maketrans("oieas", "0134$")


def _leet(word: str, rng: random.Random) -> str:
    return word.translate(_LOOKALIKES)


def _star(word: str, rng: random.Random) -> str:
    at = rng.randrange(1, len(word) - 1)
    return word[:at] + "*" + word[at + 1 :]


def _drop(word: str, rng: random.Random) -> str:
    at = rng.randrange(1, len(word) - 1)
    return word[:at] + word[at + 1 :]


def _split(word: str, rng: random.Random) -> str:
    return " ".join(word) if rng.random() < 0.5 else word[:2] + " " + word[2:]


def _double(word: str, rng: random.Random) -> str:
    at = rng.randrange(len(word))
    return word[:at] + word[at] * 3 + word[at + 1 :]


def _swap(word: str, rng: random.Random) -> str:
    at = rng.randrange(1, len(word) - 2)
    return word[:at] + word[at + 1] + word[at] + word[at + 2 :]


_TRICKS: Sequence[Callable[[str, random.Random], str]] = (
    _leet,
    _star,
    _drop,
    _split,
    _double,
    _swap,
)


def _template_lines(template: Template, rng: random.Random, count: int) -> list[str]:
    if "{" not in template.pattern:
        return [template.pattern]
    lines = {_render(template.pattern, _fill(rng)) for _ in range(count)}
    return sorted(lines)


def _counter_lines(rng: random.Random, count: int) -> Iterator[tuple[str, str]]:
    """Counter-speech: an attack line quoted or reported inside a condemning frame."""
    for index, frame in enumerate(COUNTER_FRAMES):
        for _ in range(count):
            attack = rng.choice(ATTACKS)
            quote = _render(attack.pattern, _fill(rng))
            lowered = quote[:1].lower() + quote[1:]
            yield f"counter:{index}", frame.format(q=quote, l=lowered)


def _labelled(text: str, labels: dict[str, int], group: str) -> Sample:
    known = {"obscene": obscene_tag(text), **labels}
    return Sample(text, known, "generated", group, GENERATED_WEIGHT)


def generate(seed: int = SEED, per_template: int = PER_TEMPLATE) -> list[Sample]:
    """Every generated line, deterministic for a given seed.

    About one line in six is repeated with a spelling trick (``obfuscate``),
    for attacks and benign lines alike, so an odd spelling alone is no sign.
    """
    rng = random.Random(seed)
    samples: list[Sample] = []
    for family, templates in FAMILIES.items():
        for index, template in enumerate(templates):
            for text in _template_lines(template, rng, per_template):
                samples.append(_labelled(text, template.labels, f"{family}:{index}"))
    for group, text in dict.fromkeys(_counter_lines(rng, per_template)):
        samples.append(_labelled(text, CLEAN, group))
    seen = {sample.text for sample in samples}
    tricked = [
        _labelled(obfuscate(sample.text, rng), _template_labels(sample), sample.group)
        for sample in samples
        if rng.random() < 1 / 6
    ]
    return samples + [sample for sample in tricked if sample.text not in seen]


def _template_labels(sample: Sample) -> dict[str, int]:
    """The labels a line's template set; obscene is re-tagged on the new spelling."""
    return {label: value for label, value in sample.targets.items() if label != "obscene"}
