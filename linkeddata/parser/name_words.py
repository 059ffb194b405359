"""The words that tell, at a name's head, an organisation's name from a person's (read by
:mod:`.names`): the one place to add a body's noun or a person's title, in any language."""

from __future__ import annotations

import re

SERVICE_STATION = (
    r"(?:kgb|gru|cia|mfs|stb|sb|sis|mi6|bnd|stasi|mossad|savak|kcia|dgi|securitate|intelligence)"
    r"\s+stations?"
)
"""An intelligence service's post abroad called a station ("the CIA Station"): a "Station"
after no service's name is no post ("the Station Master", "a Power Station")."""
DELEGATION_KIND = (
    r"(?i:military|government(?:al)?|party|parliamentary|trade|economic|state|friendship"
    r"|cultural|scientific|technical|youth)"
)
"""What a delegation or a mission is of, before its noun: "the Albanian Military Delegation",
"the Party and Government Delegation"."""
ORG_WORDS = re.compile(
    r"\b(embassy|amembassy|amconsul|usint|uslo|usun|ministry|committee|party|government|office|department|council|bureau|"
    r"minist[eé]rio|minist[eè]re|ministerium|secretar[ií]a|auswärtiges amt|amt|zentralkomitee|"
    r"ambasada|velvyslanectví|nagykövetség|посольство|министерство|quai d['’]orsay|"
    r"legation|consulate(?:[- ]general)?|agency|foundation|institute|university|library|archives?|"
    r"project|residency|rezidentura|"  # a service's post abroad: "the KGB Residency"
    rf"{SERVICE_STATION}|"
    r"center|centre|program(me)?|commission|presidium|politburo|secretariat|headquarters|"
    r"army|command|mission|delegation|representation|(?<!soviet )union|association|society|"
    r"press|radio|news|staff|"
    r"assembly|nations|front|service|directorate|administration|section|division|conference|"
    r"(?:security|intelligence)(?=\s*$)|"  # "Bulgarian State Security", not "... Estimate"
    r"congress|plenum|cc|central committee|leadership|people(?!['’]s\s+(?:democratic\s+)?republic)|"
    r"peoples|volunteers|forces|troops|authorities|navy|league|federation|movement|"
    r"organi[sz]ation|company|corporation|bank|group|brigade|regiment|battalion|militia|police|"
    r"cabinet|tribunal|court|senate|parliament|side|officials|leaders|communists|representatives|"
    r"board|establishment|military (?:district|region|area)|presidency|supreme soviet|"
    r"knesset|diwan|majlis|sejm|shura|derg|"  # a body's word in another language
    r"journalists|reporters|correspondents|diplomats|specialists|experts|advis[eo]rs|students|"
    r"parties|states|embassies|countries|workers|heads|members|governments|kremlin|"
    r"white house|times|tribune|herald|daily|stasi|securitate|solidarity|solidarność|"
    r"television|tv|broadcasting|network|newspaper|magazine|publishers?|publishing|media|"
    r"shimbun|sinmun|ribao|nhan dan|zeitung|pravda|izvestiia|izvestia|"
    r"instantsiia|instantsia|direzione|segreteria|comitato|ministero|partito|governo|comité|"
    r"comisi[oó]n|comiss[aã]o|commissione|kommission|"
    r"gobierno|regierung|ministerstvo|ministerstwo|komitet|ministers|ambassadors|secretaries|"
    r"chairmen|presidents|premiers|deputies|generals|marshals|envoys|consuls|governors|"
    r"commanders|directors|chiefs|delegates)\b",
    re.IGNORECASE,
)
"""Words that make a name an organisation's: bodies, offices in the plural, groups, media."""
PERSON_WORDS = re.compile(
    r"\b(comrade|mr|mrs|ms|dr|ambassador|charg[ée]|consul|chairman|president|premier|"
    r"prime minister|minister|deputy|secretary|general|marshal|admiral|colonel|captain|"
    r"senator|king|queen|prince|emperor|pope|professor|prof|academician|chancellor|envoy|"
    r"counsellor|counselor|councillor|councilor|attach[ée]|spokesman|leader|"
    r"gen|lt|maj|col|capt|adm|amb|sen|gov|"
    r"governor|lieutenant|major|sergeant|commander|commissar|director|chief|head|sir|lord|"
    r"madame|mme|mister|herr|frau|monsieur|tovarishch|tov|comrades|cde|mayor|vice|first|"
    r"sheikh|shah|sultan|emir|imam|ayatollah|archbishop|patriarch|bishop|cardinal|father|brother|"
    r"reverend|rev|hon|honou?rable|excellency|generalissimo|resident|speaker|"
    r"specialist|expert|adviser|advisor|assistant|administrator|former|acting|chargé d['’]affaires|"
    r"secretary-general|"
    r"commander-in-chief|editor-in-chief|"
    r"editor|representative|delegate|observer|commissioner|diplomat|official|officer|"
    r"journalist|correspondent|writer|interpreter|translator|scientist|physicist|dissident|"
    r"historian|poet|wife|husband|widow|member|generaloberst|generalleutnant|generalmajor|"
    r"armeegeneral|oberst|botschafter|gesandter|vorsitzender|staatssekretär|a\.i)\b\.?",
    re.IGNORECASE,
)
"""Honorifics and offices held by one person: the head of a name that denotes a person."""
