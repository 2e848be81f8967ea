"""Measure the moderation policy: the validation suite, the held-out splits, DynaHate
(out of distribution, never trained on), the demo prayers, the held rate per language,
and the cost of each stage (texts per CPU-second, p99 latency per text, memory)."""

from __future__ import annotations

import csv
import hashlib
import json
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from vigil.core.cli import whole_number
from vigil.moderation.engine import evaluate as engine_evaluate
from vigil.moderation.engine.classifier import load_default
from vigil.moderation.engine.language import detect_language
from vigil.moderation.engine.normalize import normalize
from vigil.moderation.engine.policy import Verdict, assess_text, default_classifier
from vigil.moderation.engine.rewordings import REWORDINGS, reword
from vigil.moderation.services import Author, Context, assess

DEFAULT_DATA = Path(settings.BASE_DIR).parent / "shared" / "data" / "moderation"
LANGUAGES = Path(engine_evaluate.SUITE).with_name("languages.csv")
# 240 texts in 16 functional forms, written apart from the suite and the training lines,
# after the shipped model was trained; never trained or tuned on.
PROBES = Path(engine_evaluate.SUITE).with_name("probes.csv")
DOMAIN_PRAYERS = Path(engine_evaluate.SUITE).with_name("domain_prayers.csv")
# Two sets of 320 texts in 16 functional forms (8 benign, 8 hateful), each written by
# someone without sight of the project's data. Set A was read line by
# line to find what the model missed, so it is a development set now; set B was only
# counted until its misses were read for the evils, imagery and harassment forms, so it is
# one too.
#
# Since 2026-12-06 the contextual model is trained on every set marked "read" here (forms
# A … BI and prayers U and Y, ``training/contextual/assemble.READ_FORMS``): their figures
# measure memory from then on. The sets marked "counted", the suite, the probes, the domain
# prayers, the group templates and the long wall posts stay out of training, and with
# DynaHate and the held-out public sets they are what measures the model.
FORMS = {
    "forms A (read)": Path(engine_evaluate.SUITE).with_name("forms_a.csv"),
    "forms B (read)": Path(engine_evaluate.SUITE).with_name("forms_b.csv"),
    # 70 texts in seven of those forms, written after the model shipped: abuse of things
    # and evils, neutral, positive and questioning mentions of groups and attacks (read
    # while the forms of words for evils and population shares were written), and 20 of
    # counter-speech (only counted).
    "forms C (read)": Path(engine_evaluate.SUITE).with_name("forms_c.csv"),
    # 320 texts in the 16 forms, written by someone without sight of the project's data,
    # split by alternate rows of each form: the misses of one half were read to write the
    # forms of words for stereotypes, exposure, diseases and pests; the other half is only
    # counted, and stays so.
    "forms D (read half)": Path(engine_evaluate.SUITE).with_name("forms_d_read.csv"),
    "forms D (counted half)": Path(engine_evaluate.SUITE).with_name("forms_d_blind.csv"),
    # 240 texts in 12 of the forms (8 benign, 4 hateful) by the same kind of writer,
    # counted, then read to write the forms of words for laws, weapons, warnings, winks and
    # questions about a faith's practice.
    "forms E (read)": Path(engine_evaluate.SUITE).with_name("forms_e.csv"),
    # 240 texts in the 16 forms (15 each), written after both rounds above: only counted,
    # but for the one attack a form of words for things released, read to narrow that form.
    "forms F (counted)": Path(engine_evaluate.SUITE).with_name("forms_f.csv"),
    # 240 texts in the 16 forms (15 each) by a fourth writer of the same kind, written after
    # every rule above: only counted.
    "forms G (counted)": Path(engine_evaluate.SUITE).with_name("forms_g.csv"),
    # 320 texts in the 16 forms (20 each) by a fifth writer, counted once with the policy
    # of forms G's last count, then read to find what the rules miss: a development set.
    "forms H (read)": Path(engine_evaluate.SUITE).with_name("forms_h.csv"),
    # 240 texts in the 16 forms (15 each) by a sixth writer, written beside forms H and
    # only counted.
    "forms I (counted)": Path(engine_evaluate.SUITE).with_name("forms_i.csv"),
    # 240 texts each in the 16 forms (15 each) by two more writers, written after every
    # rule above and counted once with that policy: J was then read to find what the rules
    # miss (a development set), K is only counted.
    "forms J (read)": Path(engine_evaluate.SUITE).with_name("forms_j.csv"),
    "forms K (counted)": Path(engine_evaluate.SUITE).with_name("forms_k.csv"),
    # 240 texts each in the 16 forms (15 each) by two more writers, written after every
    # rule above and counted once with that policy (L 108/120 attacks caught and 104/120
    # benign published, M 110/120 and 102/120): L was then read to find what the rules
    # miss (a development set), M is only counted.
    "forms L (read)": Path(engine_evaluate.SUITE).with_name("forms_l.csv"),
    "forms M (counted)": Path(engine_evaluate.SUITE).with_name("forms_m.csv"),
    # 240 texts in the 16 forms (15 each) by a ninth writer without sight of the project's
    # data or of any published test suite, written on 2026-12-03 after every rule above,
    # with no profanity or slur in any text; counted once with that policy (104/120
    # attacks caught, 111/120 benign published, none rejected) and only counted.
    "forms N (counted)": Path(engine_evaluate.SUITE).with_name("forms_n.csv"),
    # 240 texts in the 16 forms (15 each) by a tenth writer of the same kind, written on
    # 2026-12-03 beside the seven rounds of probes of that evening and counted once at the
    # end of them (97/120 attacks caught, 115/120 benign published, none rejected; the same
    # with the policy of forms N's count); only counted.
    "forms O (counted)": Path(engine_evaluate.SUITE).with_name("forms_o.csv"),
    # 240 texts each in the 16 forms (15 each) by two more writers without sight of the
    # project's data, written on 2026-12-04 after every rule above and counted once with
    # that policy (P 103/120 attacks caught and 106/120 benign published, Q 99/120 and
    # 106/120, none rejected): P was then read to write forms of words; Q was counted again
    # with them (100/120 and 106/120), then read to write more. Development sets both.
    "forms P (read)": Path(engine_evaluate.SUITE).with_name("forms_p.csv"),
    "forms Q (read)": Path(engine_evaluate.SUITE).with_name("forms_q.csv"),
    # 240 texts each in the 16 forms (15 each) by two more writers of the same kind, written
    # on 2026-12-04 after P's forms: R was counted with the policy before P (105/120 attacks
    # caught, 104/120 benign published) and after P's and Q's forms (106/120 and 104/120),
    # then read to write more (a development set); S was only counted, with the policy
    # before P (97/120 and 108/120) and after R's forms (97/120 and 109/120).
    "forms R (read)": Path(engine_evaluate.SUITE).with_name("forms_r.csv"),
    "forms S (counted)": Path(engine_evaluate.SUITE).with_name("forms_s.csv"),
    # 240 texts in the 16 forms (15 each) by one more writer of the same kind, written on
    # 2026-12-04 after every rule above and counted once with that policy (107/120 attacks
    # caught, 107/120 benign published, none rejected); only counted.
    "forms T (counted)": Path(engine_evaluate.SUITE).with_name("forms_t.csv"),
    # 120 prayers each for the walls (70 in the strong images of scripture, 50 of other
    # intercession), by two more writers of the same kind, written on 2026-12-04 and
    # counted once with the policy of forms T's count: U 110/120 published, V 115/120. U's
    # held prayers were then read (a development set); V is only counted.
    "prayers U (read)": Path(engine_evaluate.SUITE).with_name("prayers_u.csv"),
    "prayers V (counted)": Path(engine_evaluate.SUITE).with_name("prayers_v.csv"),
    # 120 prayers each (70 strong, 50 plain) by two more writers of the same kind, written on
    # 2026-12-05 and counted once with the policy of forms W's round: Y 117/120 published, Z
    # 114/120. Y's held prayers were then read (a development set); Z is only counted.
    "prayers Y (read)": Path(engine_evaluate.SUITE).with_name("prayers_y.csv"),
    "prayers Z (counted)": Path(engine_evaluate.SUITE).with_name("prayers_z.csv"),
    # 240 texts each in the 16 forms (15 each) by two more writers without sight of the
    # project's data or of any published test suite, written on 2026-12-05 after every rule
    # above and counted once with that policy (W 107/120 attacks caught and 99/120 benign
    # published, X 102/120 and 110/120, none rejected): W was then read to write forms of
    # words (a development set); X is only counted.
    "forms W (read)": Path(engine_evaluate.SUITE).with_name("forms_w.csv"),
    "forms X (counted)": Path(engine_evaluate.SUITE).with_name("forms_x.csv"),
    # 240 texts each in the 16 forms (15 each) in short plain sentences, by two more writers
    # of the same kind, written on 2026-12-05 after W's forms and counted once with that
    # policy (Y 109/120 attacks caught and 107/120 benign published, Z 108/120 and 107/120,
    # none rejected): Y was then read to write forms of words (a development set); Z is only
    # counted.
    "forms Y (read)": Path(engine_evaluate.SUITE).with_name("forms_y.csv"),
    "forms Z (counted)": Path(engine_evaluate.SUITE).with_name("forms_z.csv"),
    # 240 texts each in the 16 forms (15 each), half of each form about Muslims or Islam, as
    # comments under a news item, by two more writers of the same kind, written on 2026-12-05
    # after Y's forms and counted once with that policy (AA 104/120 attacks caught and 95/120
    # benign published, AB 111/120 and 107/120, none rejected): AA was then read to write
    # forms of words (a development set); AB is only counted.
    "forms AA (read)": Path(engine_evaluate.SUITE).with_name("forms_aa.csv"),
    "forms AB (counted)": Path(engine_evaluate.SUITE).with_name("forms_ab.csv"),
    # 240 texts each in the 16 forms (15 each), as replies in a thread about ten peoples
    # (women, trans and gay people, Black and disabled people, Muslims, immigrants, Jews,
    # Hindus, Christians), by two more writers of the same kind, written on 2026-12-05 after
    # AA's forms and counted once with that policy (AC 103/120 attacks caught and 117/120
    # benign published, AD 106/120 and 111/120, none rejected): AC was then read to write
    # forms of words (a development set); AD is only counted.
    "forms AC (read)": Path(engine_evaluate.SUITE).with_name("forms_ac.csv"),
    "forms AD (counted)": Path(engine_evaluate.SUITE).with_name("forms_ad.csv"),
    # 240 texts each in the 16 forms (15 each), short social-media comments about women, trans,
    # gay and disabled people, Black people, immigrants and one nationality or people at a
    # time (no faith as a target), by two more writers of the same kind, written on 2026-12-06
    # after AC's forms and counted once with that policy (AE 109/120 attacks caught and
    # 111/120 benign published, AF 104/120 and 111/120, none rejected): AE was then read to
    # write forms of words (a development set); AF is only counted.
    "forms AE (read)": Path(engine_evaluate.SUITE).with_name("forms_ae.csv"),
    "forms AF (counted)": Path(engine_evaluate.SUITE).with_name("forms_af.csv"),
    # 240 texts each in the 16 forms (15 each), casual comments typed on a phone (lowercase,
    # texting abbreviations, the odd typo or emoji) about twelve peoples and faiths, by two
    # more writers of the same kind, written on 2026-12-06 after AE's forms and counted once
    # with that policy (AG 103/120 attacks caught and 106/120 benign published, AH 106/120
    # and 103/120, none rejected): AG was then read to write forms of words (a development
    # set); AH is only counted.
    "forms AG (read)": Path(engine_evaluate.SUITE).with_name("forms_ag.csv"),
    "forms AH (counted)": Path(engine_evaluate.SUITE).with_name("forms_ah.csv"),
    # 240 texts each in the 16 forms (15 each), by visitors from the countries on the list
    # about their neighbours (Fulani, Hausa, Uyghurs, Rohingya, Kurds, Dalits, Copts, Baha'is,
    # Ahmadis, Pashtuns …), by two more writers of the same kind, written on 2026-12-06 after
    # AG's forms and counted once with that policy (AI 103/120 attacks caught and 105/120
    # benign published, AJ 97/120 and 105/120, none rejected): AI was then read to write
    # forms of words (a development set); AJ is only counted.
    "forms AI (read)": Path(engine_evaluate.SUITE).with_name("forms_ai.csv"),
    "forms AJ (counted)": Path(engine_evaluate.SUITE).with_name("forms_aj.csv"),
    # 240 texts each in the 16 forms (15 each), by four more writers of the same kind,
    # written on 2026-12-06 after AI's forms and counted once with that policy (none
    # rejected): comments of two to four sentences under a country page or on a church
    # website, the form's words in any one sentence beside ordinary news, travel or prayer
    # (AK 81/120 attacks caught and 115/120 benign published, AL 85/120 and 116/120), and
    # readers' reactions to news of persecution, laws and elections, or in a newspaper's
    # comments (AM 98/120 and 103/120, AN 103/120 and 109/120). AK and AM were then read to
    # write forms of words (development sets); AL and AN are only counted.
    "forms AK (read)": Path(engine_evaluate.SUITE).with_name("forms_ak.csv"),
    "forms AL (counted)": Path(engine_evaluate.SUITE).with_name("forms_al.csv"),
    "forms AM (read)": Path(engine_evaluate.SUITE).with_name("forms_am.csv"),
    "forms AN (counted)": Path(engine_evaluate.SUITE).with_name("forms_an.csv"),
    # 240 texts each in the 16 forms (15 each), by four more writers of the same kind,
    # written on 2026-12-06 after AK's and AM's forms and counted once with that policy (none
    # rejected): replies in a heated thread, to another commenter by name, by @handle or as
    # "you" (AO 102/120 attacks caught and 108/120 benign published, AP 102/120 and
    # 116/120), and posts shared from social media with hashtags, emoji and @mentions (AQ
    # 114/120 and 94/120, AR 109/120 and 91/120). AO and AQ were then read to write forms of
    # words (development sets); AP and AR are only counted.
    "forms AO (read)": Path(engine_evaluate.SUITE).with_name("forms_ao.csv"),
    "forms AP (counted)": Path(engine_evaluate.SUITE).with_name("forms_ap.csv"),
    "forms AQ (read)": Path(engine_evaluate.SUITE).with_name("forms_aq.csv"),
    "forms AR (counted)": Path(engine_evaluate.SUITE).with_name("forms_ar.csv"),
    # 240 texts each in the 16 forms (15 each), by four more writers of the same kind,
    # written on 2026-12-06 after AO's and AQ's forms and counted once with that policy (none
    # rejected): comments of three to five sentences telling something that happened, the
    # form's words in one or two sentences of the story (AS 82/120 attacks caught and 112/120
    # benign published, AT 65/120 and 112/120), and comments on a campaign's page (AU
    # 92/120 and 108/120, AV 91/120 and 110/120). AS and AU were then read to write forms of
    # words (development sets); AT and AV are only counted.
    "forms AS (read)": Path(engine_evaluate.SUITE).with_name("forms_as.csv"),
    "forms AT (counted)": Path(engine_evaluate.SUITE).with_name("forms_at.csv"),
    "forms AU (read)": Path(engine_evaluate.SUITE).with_name("forms_au.csv"),
    "forms AV (counted)": Path(engine_evaluate.SUITE).with_name("forms_av.csv"),
    # 240 texts each in the 16 forms (15 each), by two more writers of the same kind, written
    # on 2026-12-06 after AS's and AU's forms and counted once with that policy and the
    # release of prayers that a people come to know God (none rejected): comments of three
    # to five sentences telling something that happened to the writer or that they saw, the
    # form's words in one or two sentences of the story (AW 76/120 attacks caught and 112/120
    # benign published, AX 73/120 and 102/120). AW was then read to write forms of words (a
    # development set); AX is only counted.
    "forms AW (read)": Path(engine_evaluate.SUITE).with_name("forms_aw.csv"),
    "forms AX (counted)": Path(engine_evaluate.SUITE).with_name("forms_ax.csv"),
    # 240 texts each in the 16 forms (15 each), by two more writers of the same kind, written
    # on 2026-12-06 after AW's forms and counted once with that policy (none rejected): short
    # posts of one or two sentences, as most visitors write on a wall, some a line of prayer,
    # some a reply to another visitor (AY 100/120 attacks caught and 113/120 benign
    # published, AZ 100/120 and 110/120). AY was then read to write forms of words (a
    # development set); AZ is only counted.
    "forms AY (read)": Path(engine_evaluate.SUITE).with_name("forms_ay.csv"),
    "forms AZ (counted)": Path(engine_evaluate.SUITE).with_name("forms_az.csv"),
    # 240 texts each in the 16 forms (15 each), by two more writers of the same kind, written
    # on 2026-12-06 after AY's forms and counted once with that policy (none rejected): posts
    # of one sentence, each about one of seven peoples only (women, trans people, gay people,
    # Black people, disabled people, Muslims, immigrants), spread evenly over them (BA 100/120
    # attacks caught and 113/120 benign published, BB 103/120 and 111/120). BA was then read
    # to write forms of words (a development set); BB is only counted.
    "forms BA (read)": Path(engine_evaluate.SUITE).with_name("forms_ba.csv"),
    "forms BB (counted)": Path(engine_evaluate.SUITE).with_name("forms_bb.csv"),
    # 240 texts each in the 16 forms (15 each), by two more writers of the same kind, written
    # on 2026-12-06 after BA's forms and counted once with that policy (none rejected):
    # replies in a heated thread, each opening with the @handle of the visitor it answers
    # (BC 89/120 attacks caught and 109/120 benign published, BD 104/120 and 106/120). BC was
    # then read (a development set); BD is only counted.
    "forms BC (read)": Path(engine_evaluate.SUITE).with_name("forms_bc.csv"),
    "forms BD (counted)": Path(engine_evaluate.SUITE).with_name("forms_bd.csv"),
    # 240 texts each in the 16 forms (15 each), by two more writers of the same kind, written
    # on 2026-12-06 after BC's forms and counted once with that policy (none rejected):
    # plain posts of 5 to 20 words with no context, naming sixteen peoples evenly (BE 108/120
    # attacks caught and 109/120 benign published, BF 102/120 and 105/120). BE was then read
    # (a development set); BF is only counted.
    "forms BE (read)": Path(engine_evaluate.SUITE).with_name("forms_be.csv"),
    "forms BF (counted)": Path(engine_evaluate.SUITE).with_name("forms_bf.csv"),
    # 240 texts each in the 16 forms (15 each), by two more writers of the same kind, written
    # on 2026-12-06 after BE's forms and counted once with that policy (none rejected): posts
    # typed as on a phone, mostly lower case, with the abbreviations of texting ("ppl", "tbh",
    # "idk") and the odd emoji (BG 114/120 attacks caught and 96/120 benign published, BH
    # 106/120 and 96/120). BG was then read (a development set); BH is only counted.
    "forms BG (read)": Path(engine_evaluate.SUITE).with_name("forms_bg.csv"),
    "forms BH (counted)": Path(engine_evaluate.SUITE).with_name("forms_bh.csv"),
    # 240 texts each in the 16 forms (15 each), by two more writers of the same kind, written
    # on 2026-12-06 after BG's forms and counted once with that policy (none rejected): English
    # as written by visitors for whom it is a second language, with the odd slip of grammar,
    # naming also the peoples of their own regions (BI 103/120 attacks caught and 104/120
    # benign published, BJ 103/120 and 108/120). BI was then read (a development set); BJ is
    # only counted.
    "forms BI (read)": Path(engine_evaluate.SUITE).with_name("forms_bi.csv"),
    "forms BJ (counted)": Path(engine_evaluate.SUITE).with_name("forms_bj.csv"),
    # 828 texts: 69 sentence forms (42 hateful, 27 benign) for each of 12 groups, written
    # to probe the model after it shipped; the contempt forms of the policy were written
    # from them, so they are a development set.
    "group templates (read)": Path(engine_evaluate.SUITE).with_name("group_templates.csv"),
    # 80 wall posts of 93-167 words, longer than the contextual model's window, by one more
    # writer without sight of the project's data, written on 2026-12-05: 50 prayers,
    # testimonies, reflections and practical posts, and 30 of the same kinds with an attack
    # only in their last sentence or two. Counted with and without the windows that read a
    # long text to its end (5/30 attacks caught without them, 20/30 with; 47/50 and 46/50
    # benign published), then read: a development set.
    "long wall posts (read)": Path(engine_evaluate.SUITE).with_name("long_wall.csv"),
    # 240 wall posts by one more writer without sight of the project's data or of any
    # published test suite, written on 2026-12-06 after the shipped model and every form of
    # words above: 180 benign in nine kinds a wall receives (intercession, scripture's strong
    # images, prayers over persecutors, kind words of other peoples, reports of persecution,
    # grief and anger, practical notes, testimonies, very short posts) and 60 attacks in six
    # (dressed as prayer, plain, implied, threats, at another visitor, profane), split by
    # alternate rows of each kind and counted once with that policy (none rejected): BK 29/30
    # attacks caught and 88/90 benign published, BL 26/30 and 85/90. BK's misses were then
    # read (masked swear words, ``engine/terms.py``): a development set, kept out of training
    # like the long wall posts; BL is only counted.
    "wall posts BK (read)": Path(engine_evaluate.SUITE).with_name("wall_posts_bk.csv"),
    "wall posts BL (counted)": Path(engine_evaluate.SUITE).with_name("wall_posts_bl.csv"),
    # 240 texts each by two more writers of the same kind, written on 2026-12-06 after BK's
    # round: comments under a news item about persecution (160 benign: neutral and kind words
    # of Muslims and of other peoples, counter-speech quoting or answering hate, perpetrators
    # condemned, questions and opinions, replies; 80 attacks: implied, explicit, exclusion
    # and threats, at another commenter), and posts on a wall by converts, people of other
    # faiths and visitors writing in a second language (160 benign in eight kinds, 80
    # attacks: implied, dressed as prayer, at another visitor, dehumanising). Split by
    # alternate rows of each kind and counted once with that policy (none rejected): BM
    # 38/40 attacks caught and 77/80 benign published, BN 34/40 and 79/80, BO 28/40 and
    # 73/80, BP 34/40 and 71/80. BM's and BO's misses were then read (development sets,
    # kept out of training); BN and BP are only counted.
    "news comments BM (read)": Path(engine_evaluate.SUITE).with_name("news_comments_bm.csv"),
    "news comments BN (counted)": Path(engine_evaluate.SUITE).with_name("news_comments_bn.csv"),
    "wall posts BO (read)": Path(engine_evaluate.SUITE).with_name("wall_posts_bo.csv"),
    "wall posts BP (counted)": Path(engine_evaluate.SUITE).with_name("wall_posts_bp.csv"),
    # Three more writers of the same kind, written on 2026-12-06 after BO's round, in the
    # genre of the wider web rather than a prayer wall: replies under news posts about
    # minorities (200: 160 benign in eight kinds, neutral and positive mentions,
    # counter-speech quoting or answering an attack, negated attacks, criticism that
    # attacks no one, anger at things and politicians, members of a group on their own
    # lives; 40 attacks in four), posts in a forum that argues about religion and migration
    # (240: 200 benign in eight kinds, reports of crimes and persecution, policy debate,
    # criticism of doctrine, questions asked in good faith, counter-speech, members and
    # allies, heated disagreement; 40 attacks in four, stereotypes stated calmly, implied,
    # exclusion, open contempt), and 120 attacks alone in six kinds (explicit, implied,
    # dehumanising, exclusion, threats, at a person). Split by alternate rows of each kind
    # and counted once with that policy (none rejected): BQ 18/20 attacks caught and 59/80
    # benign published, BR 18/20 and 70/80, BS 18/20 and 88/104, BT 19/20 and 78/96, BU
    # 53/60, BV 48/60. The misses of BQ, BS and BU were then read (questions asked in good
    # faith, ``engine/questions.py``, one of a people on their own life,
    # ``engine/testimony.py``, and more forms of words); BR, BT and BV are only counted.
    "social replies BQ (read)": Path(engine_evaluate.SUITE).with_name("social_replies_bq.csv"),
    "social replies BR (counted)": Path(engine_evaluate.SUITE).with_name("social_replies_br.csv"),
    "forum posts BS (read)": Path(engine_evaluate.SUITE).with_name("forum_posts_bs.csv"),
    "forum posts BT (counted)": Path(engine_evaluate.SUITE).with_name("forum_posts_bt.csv"),
    "attacks BU (read)": Path(engine_evaluate.SUITE).with_name("attacks_bu.csv"),
    "attacks BV (counted)": Path(engine_evaluate.SUITE).with_name("attacks_bv.csv"),
}
DEMO_PRAYERS = Path(settings.BASE_DIR) / "data" / "demo" / "prayers.json"
# 400 of DynaHate dev's non-hateful texts, drawn at random and read by someone without
# sight of Vigil's verdicts against the wall's policy ("comments that use inappropriate
# language, harass, or attack anyone because of their religion, ethnicity or belief are
# removed"): publish or remove, and why. Kept by each text's SHA-256 (the set has no
# licence to copy its texts).
DYNAHATE_POLICY = Path(engine_evaluate.SUITE).with_name("dynahate_dev_policy.csv")
Case = engine_evaluate.Case


def full_assess(text: str) -> Verdict:
    """What a visitor's second post on a wall with the default policy gets: ``assess``
    with the database word lists, bans, language detection and the configured models."""
    return assess(text, Author(name=""), Context(is_first_post=False))


def fast_stage(text: str) -> Verdict:
    """The same rules on inputs gathered without Django (shipped word lists and models),
    treating every text as English: the classifier's view alone."""
    return assess_text(text, detect=None)


STAGES: dict[str, tuple[str, Callable[[str], Verdict]]] = {
    "full": ("full assess()", full_assess),
    "fast": ("engine, no language detection", fast_stage),
}


def dynahate_sets(data: Path) -> dict[str, list[Case]]:
    """DynaHate's dev and test splits (deduplicated), if present."""
    from vigil.moderation.training.contextual.evaluation import dynahate_cases

    if not (data / "dynahate_partial").exists():
        return {}
    return {
        f"DynaHate {split}": [
            Case(text, "hateful" if hateful else "benign", f"dynahate:{split}")
            for text, hateful in rows
        ]
        for split, rows in dynahate_cases(data).items()
    }


def demo_cases(path: Path = DEMO_PRAYERS) -> list[Case]:
    """The demo prayers: those the demo publishes are expected to be published; the rest
    (shouting, links, personal details) are what the demo holds."""
    rows = json.loads(path.read_text("utf-8"))
    return [
        Case(row["text"], "benign" if row["status"] == "published" else "hateful",
             f"demo:{row['status']}")
        for row in rows
    ]  # fmt: skip


def language_cases(path: Path = LANGUAGES) -> list[Case]:
    """Texts written for this project in languages no stage was trained on."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            Case(row["text"], row["expected"], row["category"]) for row in csv.DictReader(handle)
        ]


def without_listed_words(outcomes: Sequence[engine_evaluate.Outcome]) -> str:
    """Non-hateful published, counting only texts with no word-list term: the policy
    holds listed profanity and slurs whoever they are aimed at, so the rest is where the
    classifier's reading decides."""
    benign = [o for o in outcomes if o.case.expected == "benign"]
    plain = [
        o for o in benign if not any(r.split(":")[0].endswith(" term") for r in o.decision.reasons)
    ]
    published = sum(o.decision.action == "publish" for o in plain)
    share = published / len(plain) if plain else 0.0
    return (
        f"non-hateful without a listed word: {published}/{len(plain)} published ({share:.1%}); "
        f"{len(benign) - len(plain)} of {len(benign)} non-hateful texts use one\n"
    )


def read_by_policy(
    outcomes: Sequence[engine_evaluate.Outcome], path: Path = DYNAHATE_POLICY
) -> str:
    """What Vigil did with the texts of ``path`` (a sample read against the wall's
    policy): the share the policy would remove, how many of those Vigil published, and
    how many of those it allows Vigil published."""
    if not path.exists():
        return ""
    with path.open(encoding="utf-8", newline="") as handle:
        labels = {row["sha256"]: row for row in csv.DictReader(handle)}
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for outcome in outcomes:
        row = labels.get(hashlib.sha256(outcome.case.text.encode("utf-8")).hexdigest())
        if row is not None:
            counts[row["category"]][0] += outcome.decision.action == "publish"
            counts[row["category"]][1] += 1
    read = sum(n for _, n in counts.values())
    if not read:
        return ""
    fine_published, fine = counts.pop("fine", [0, 0])
    removed = read - fine
    lines = [
        f"non-hateful, {read} read against the wall's policy: it would remove {removed} "
        f"({removed / read:.1%}); Vigil published {fine_published}/{fine} of the rest "
        f"({fine_published / fine if fine else 0.0:.1%})"
    ]
    for category, (published, n) in sorted(counts.items(), key=lambda item: -item[1][1]):
        lines.append(
            f"  policy would remove as {category}: {n}, of which Vigil published {published}"
        )
    return "\n".join(lines) + "\n"


def unread_summary(names: Sequence[str], tally: engine_evaluate.Tally) -> str:
    """One line for the sets of functional forms that were only counted, never read."""
    caught = tally.caught / tally.hateful if tally.hateful else 0.0
    published = tally.published / tally.benign if tally.benign else 0.0
    return (
        f"== the forms sets only counted ({', '.join(names)}): {tally.caught}/{tally.hateful} "
        f"attacks caught ({caught:.1%}), {tally.published}/{tally.benign} benign published "
        f"({published:.1%}), {tally.benign_rejected} benign rejected\n"
    )


def held_rates(outcomes: Sequence[engine_evaluate.Outcome]) -> dict[str, tuple[int, int]]:
    """Per detected language: (held or rejected, all)."""
    rates: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for outcome in outcomes:
        language = outcome.decision.language or "unknown"
        rates[language][0] += outcome.decision.action != "publish"
        rates[language][1] += 1
    return {language: (held, n) for language, (held, n) in rates.items()}


def _percentile(values: Sequence[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def stage_cost(name: str, run: Callable[[str], object], texts: Sequence[str]) -> str:
    """Texts per CPU-second, p50 and p99 wall time per text (one at a time, as requests
    come), and the resident memory after the stage ran."""
    run(texts[0])
    normalize.cache_clear()
    latencies = []
    cpu_started = time.process_time()
    for text in texts:
        started = time.perf_counter()
        run(text)
        latencies.append(time.perf_counter() - started)
    cpu = time.process_time() - cpu_started
    return (
        f"{name:34s} {len(texts) / cpu if cpu else 0:10,.0f} texts/CPU-s   "
        f"p50 {_percentile(latencies, 0.5) * 1000:6.2f} ms   "
        f"p99 {_percentile(latencies, 0.99) * 1000:6.2f} ms   "
        f"RSS {engine_evaluate._rss_mb():6.0f} MB"
    )


class Command(BaseCommand):
    help = (
        "Print, per category: hateful caught (held or rejected), benign published and benign "
        "rejected, for the validation suite, the held-out splits, DynaHate dev and test, the "
        "demo prayers and texts in untrained languages; the held rate per language; and the "
        "cost of each stage."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--suite", type=Path, default=engine_evaluate.SUITE)
        parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
        parser.add_argument("--stage", choices=["full", "fast", "both"], default="full")
        parser.add_argument("--suite-only", action="store_true", help="Skip the other sets.")
        parser.add_argument(
            "--limit", type=whole_number(0), default=0, help="At most N cases per set (0: all)."
        )
        parser.add_argument(
            "--failures", type=whole_number(0), default=0, help="List up to N misses."
        )
        parser.add_argument("--no-cost", action="store_true", help="Skip the stage costs.")
        parser.add_argument(
            "--rewordings",
            action="store_true",
            help="Only the group templates, each reworded (engine/rewordings.py): opinion "
            "frames, misspellings, counter-speech and agreement frames.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if not options["suite"].exists():
            raise CommandError(f"{options['suite']}: no such suite file.")
        if options["rewordings"]:
            self._rewordings(options)
            return
        sets = {"suite": engine_evaluate.read_suite(options["suite"])}
        if PROBES.exists():
            sets["probes"] = engine_evaluate.read_suite(PROBES)
        if DOMAIN_PRAYERS.exists():
            sets["domain prayers"] = engine_evaluate.read_suite(DOMAIN_PRAYERS)
        for name, path in FORMS.items():
            if path.exists():
                sets[name] = engine_evaluate.read_suite(path)
        if not options["suite_only"]:
            sets.update(self._other_sets(options["data"]))
        stages = ["full", "fast"] if options["stage"] == "both" else [options["stage"]]
        for stage in stages:
            self._report(stage, sets, options)
        if not options["no_cost"]:
            self._costs([case.text for case in sets["suite"]])

    def _report(self, stage: str, sets: dict[str, list[Case]], options: dict[str, Any]) -> None:
        title, run = STAGES[stage]
        languages: list[engine_evaluate.Outcome] = []
        unread = engine_evaluate.Tally()
        counted: list[str] = []
        for name, cases in sets.items():
            if options["limit"]:
                cases = cases[: options["limit"]]
            normalize.cache_clear()
            report = engine_evaluate.evaluate(cases, run, f"{name}, {title}")
            self.stdout.write(engine_evaluate.format_report(report, options["failures"]))
            if name.startswith("DynaHate"):
                self.stdout.write(without_listed_words(report.outcomes))
            if name == "DynaHate dev":
                self.stdout.write(read_by_policy(report.outcomes))
            if name.startswith(("held-out", "languages")):
                languages += [o for o in report.outcomes if not o.case.category.endswith(":en")]
            if name.startswith("forms ") and "(counted" in name:
                counted.append(name.split(" (")[0].removeprefix("forms "))
                for outcome in report.outcomes:
                    unread.add(outcome)
        if unread.n:
            self.stdout.write(unread_summary(counted, unread))
        if languages and stage == "full":
            self.stdout.write(
                "== held rate per detected language (every language held until proven)"
            )
            for language, (held, n) in sorted(held_rates(languages).items()):
                self.stdout.write(f"{language:10s} {held:6d}/{n:<6d} {held / n:6.1%}")

    def _rewordings(self, options: dict[str, Any]) -> None:
        templates = FORMS["group templates (read)"]
        if not templates.exists():
            raise CommandError(f"{templates}: no such file.")
        cases = engine_evaluate.read_suite(templates)
        reworded = [case for way in REWORDINGS for case in reword(cases, way)]
        for stage in ["full", "fast"] if options["stage"] == "both" else [options["stage"]]:
            self._report(stage, {"group templates reworded": reworded}, options)

    def _other_sets(self, data: Path) -> dict[str, list[Case]]:
        sets: dict[str, list[Case]] = {}
        if data.exists():
            held = engine_evaluate.held_out_cases(data, missing=self._skipped)
            sets.update({f"held-out {name}": cases for name, cases in held.items()})
            sets.update(dynahate_sets(data))
        else:
            self.stderr.write(f"{data}: not found, so the public sets are skipped (see --data).")
        sets["demo prayers"] = demo_cases()
        sets["languages"] = language_cases()
        return sets

    def _skipped(self, name: str, error: OSError) -> None:
        self.stderr.write(f"held-out {name}: skipped, {error.strerror or error}: {error.filename}")

    def _costs(self, texts: list[str]) -> None:
        self.stdout.write("== cost per stage (one text at a time, on the suite)")
        linear, contextual = load_default(), default_classifier()
        for name, run in (
            ("language detection", detect_language),
            ("linear classifier", lambda text: linear.predict([text])),
            (f"{contextual.name}", lambda text: contextual.predict([text])),
            ("full assess()", full_assess),
        ):
            self.stdout.write(stage_cost(name, run, texts))
