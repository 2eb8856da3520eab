/**
 * The vocabulary of page furniture, as regular expressions over folded text (lower case, straight quotes; see
 * foldForComparison and lineKey in furniture.ts). Written one group of synonyms per line so the lists stay
 * reviewable; the rules that use them live in furniture.ts.
 */

const raw = String.raw;

function anyOf(alternatives: readonly string[], before = "", after = ""): RegExp {
  return new RegExp(`${before}(?:${alternatives.join("|")})${after}`);
}

/** A whole line that is one of the alternatives. */
function wholeLine(alternatives: readonly string[]): RegExp {
  return anyOf(alternatives, "^", "$");
}

/** A line that starts with one of the alternatives. */
function lineStart(alternatives: readonly string[], after = raw`\b`): RegExp {
  return anyOf(alternatives, "^", after);
}

export const ADVERT = wholeLine([
  raw`advert(?:isement)?s?|ads?|ad feedback`,
  raw`sponsored(?: content| links?| stories)?|promoted(?: content| stories)?|paid (?:content|post|partner content)`,
  raw`(?:the )?(?:story|article) continues (?:below|after (?:this |the )?advert(?:isement)?)(?: advertisement)?`,
  raw`continue reading (?:below|the main story)(?: advertisement)?`,
  raw`scroll (?:down )?to continue(?: with content| reading)?|skip advert(?:isement)?`,
  // Other languages, folded like the line (no accents): "Publicité", "Pubblicità", "Anzeige".
  raw`iklan|anzeige|werbung|reklame|publicidad|publicite|pubblicita|reklama|advertentie|annonce|patrocinado`,
]);

/** Labels that start a page's trailer: tags, related stories, reader comments. */
export const END_MARKER = wholeLine([
  raw`topics?|tags?|tagged(?: with| in)?|filed under|categories`,
  raw`related(?: articles?| stories| posts| content| coverage| news| links| reading| topics| videos?)?`,
  raw`more|more (?:from|on|in|about) .{1,40}|more (?:stories|news|articles|videos|like this)`,
  raw`don'?t miss|must read|editor'?s picks?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)`,
  raw`recommended(?: for you| stories| articles| reading| videos)?|read next|up next|what to read next`,
  raw`load more(?: stories| articles| posts)?|show more(?: stories| articles)?|see more stories`,
  raw`most (?:read|popular|viewed|shared)(?: stories| articles)?|trending(?: now| stories| articles)?`,
  raw`popular (?:now|stories|articles)|latest (?:news|stories|articles|videos)|top stories`,
  raw`comments?|\d+ comments?|show comments|leave a (?:comment|reply)|join the (?:conversation|discussion)`,
  raw`about the authors?|around the web|from (?:our|the) partners|further reading|see also|also read|also on \S+`,
  // German, French, Spanish, Italian, Dutch, Portuguese: related stories, topics, most read, comments.
  raw`mehr zum thema|mehr (?:aus|zu|von|zur|vom) .{1,40}|weitere (?:artikel|nachrichten|themen)|das konnte sie (?:auch )?interessieren`,
  raw`themen|schlagworte|meistgelesen|kommentare|verwandte (?:artikel|themen)|auch interessant`,
  raw`a lire aussi|sur le meme sujet|dans la meme rubrique|les plus lus|articles? lies|commentaires|vous aimerez aussi`,
  raw`noticias relacionadas|(?:tambien )?te puede interesar|lo mas leido|mas noticias|etiquetas|comentarios|temas`,
  raw`articoli correlati|potrebbe interessarti|i piu letti|argomenti|commenti`,
  raw`gerelateerde artikelen|meest gelezen|meer over .{1,40}|reacties|leia (?:tambem|mais)|mais lidas|relacionadas`,
]);

/** "Permalink 34 Comments Back to top": a comment count in a short line starts the comments. */
export const COMMENTS_MARKER = anyOf(
  [raw`\d+ comments?|comments? \(\d+\)|leave a (?:comment|reply)|post a comment|add a comment`],
  raw`\b`,
  raw`\b`,
);

/** "Topics: Russia, Vladimir Putin": a label with a colon is an end marker whatever follows it. */
export const END_MARKER_LABEL = lineStart(
  [raw`topics?|tags?|tagged(?: with| in)?|filed under|categories|related topics|keywords`],
  raw`\s*:`,
);

/** "Read more: …", "Related: …": a teaser introduced by a label. */
export const PROMPT_LABEL = lineStart(
  [
    raw`read more|read also|also read|more reading|see more|see also|related|more|also|recommended|citation`,
    raw`watch|watch now|listen|read|don'?t miss|must read|editor'?s pick|trending|breaking|click here`,
    raw`cite this article`,
    raw`lesen sie (?:auch|mehr|hier)|auch lesen|mehr dazu|mehr zum thema|siehe auch|zum thema|newsletter(?: abonnieren| bestellen)?`,
    raw`a lire aussi|lire aussi|lire egalement|voir aussi|a voir aussi|lea tambien|lee tambien|leer mas|te puede interesar`,
    raw`leggi anche|lees ook|lees meer|zie ook|leia tambem|leia mais|veja tambem`,
  ],
  raw`(?:\s*[:|>»]|\s+[–—-]\s)`,
);

/** "Photo: …", "Image credit: …": a caption or credit introduced by a label. */
export const CAPTION_LABEL = lineStart(
  [
    raw`photo|photos|photograph|image|images|picture|pictures|pic|credit|credits|source|illustration`,
    raw`video|gallery|caption|image caption|media caption|foto|fotos|bild|bildquelle|grafik|imagen|beeld`,
  ],
  raw`(?: credit)?\s*[:|]`,
);

/** Whole lines of page chrome: share buttons, sign-in links, gallery controls, reading times. */
export const PROMPT_LINE = wholeLine([
  raw`share(?: this| on \w+| via \w+| the story| the article)?(?: (?:article|story|post|page))?|shares?|tweet`,
  raw`email|e-mail|print|copy link|copy the link|link copied|save|save article|bookmark`,
  raw`facebook|twitter|whatsapp|linkedin|pinterest|reddit|messenger|flipboard`,
  raw`comment|reply|report|like|likes|\d+ likes?|permalink|flag`,
  raw`follow(?: us)?(?: on .{1,40})?|sign up(?: .{1,80})?|subscribe(?: .{1,80})?|log ?in|sign in|register`,
  raw`enlarge(?: this)? image|view (?:gallery|image|images|slideshow|comments|author archive)|open gallery`,
  raw`caption|close|hide caption|toggle caption|expand`,
  raw`(?:image|photo|picture|slide) \d+ (?:of|\/)(?: ?\/)? ?\d*|\d+ (?:of|\/) \d+|\d+`,
  raw`listen to (?:this|the) (?:article|story).{0,40}|\d+ min(?:ute)?s? read|reading time.{0,30}`,
  raw`tempo de leitura.{0,30}`,
  raw`skip to (?:main )?content|search|search icon|menu|home|back to top|click to tweet`,
  raw`email the author|follow on twitter|getty images?|ap photo|reuters|afp|thanks for reading.{0,40}`,
  raw`loading(?: content)?|this slideshow requires javascript|please enable javascript.{0,80}`,
  raw`advertise with us|all rights reserved.{0,80}`,
  raw`(?:artikel )?teilen|drucken|merken|kommentieren|anmelden|abonnieren|jetzt abonnieren|artikel verschenken|vorlesen`,
  raw`partager(?: l'article| cet article)?|imprimer|s'abonner|se connecter|commenter`,
  raw`compartir|imprimir|suscribete|comentar|iniciar sesion|condividi|stampa|abbonati|accedi`,
  raw`delen|deel dit artikel|abonneren|inloggen|compartilhe|assine`,
  raw`alle rechte vorbehalten.{0,80}|tous droits reserves.{0,80}|todos los derechos reservados.{0,80}`,
]);

/** Calls to act that are about the site, not the story: a verb aimed at the reader... */
export const READER_CALL = lineStart([
  raw`sign up|subscribe|get|join|follow|download|click|tap|like us|listen|watch|read|want`,
  raw`don'?t miss|never miss|stay (?:up to date|informed)|for more|support|become a|already a subscriber`,
  raw`have a (?:news )?tip|send us|tell us|we'?d love|if you (?:enjoyed|liked|value|appreciate|like)`,
  raw`abonnieren sie|melden sie sich|folgen sie|laden sie|abonnez-vous|inscrivez-vous|suivez-nous|telechargez`,
  raw`suscribete|suscribase|siguenos|iscriviti|seguici|abonneer|volg ons|schrijf je in|assine`,
]);
/** ...about one of the site's channels. */
export const READER_CALL_TOPIC = anyOf(
  [
    raw`newsletters?|inbox|subscri\w*|sign up|sign-up|follow (?:us|him|her|them)|membership|members?`,
    raw`twitter|facebook|instagram|youtube|tiktok|podcasts?|app|forums?|whatsapp|telegram|channel`,
    raw`click here|notifications?|e-?mail alerts?|updates|free trial|(?:full |more |latest )?coverage`,
    raw`abo|abonnement|abonnements|suscripcion|abbonamento|boletin|lettre d'information`,
  ],
  raw`\b`,
  raw`\b`,
);

/** "Read the full report here", "Listen back here": a pointer somewhere else. */
export const POINTER = /^(?:click|tap|read|listen|watch|see|find out more|learn more)\b.*\bhere\b/;

/** Anywhere in a short paragraph: the author's social handles, an affiliate or rights notice. */
export const SITE_NOTICE = anyOf(
  [
    raw`follow (?:him|her|them|us|me) on (?:twitter|facebook|instagram|linkedin|threads|bluesky)`,
    raw`affiliate\b.{0,20}\b(?:links?|commissions?|partners?)`,
    raw`all rights reserved|subject to copyright|may not be (?:published|reproduced|broadcast|rewritten|redistributed)`,
  ],
  raw`\b`,
  raw`\b`,
);

/** "Additional reporting by …", "Editing by …": production credits, not text. */
export const CREDIT_LINE = lineStart([
  raw`(?:additional )?(?:reporting|writing|editing|edited|compiled|produced|research|graphics) by`,
]);

/** A CMS shortcode that leaked as text: "[button link=…]Send us YOUR review[/button]". */
export const SHORTCODE = /^\[\/?[a-z_][\w-]*(?:\s[^\]]*)?\]/;

/** "Updated Nov 19, 6:55 AM", "Posted 3 hours ago": a timestamp label even without a year. */
export const TIMESTAMP_LINE =
  /^(?:last )?(?:updated|posted|published|modified)\b(?=.*(?:\d{1,2}[:.]\d{2}|\bago\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b))/;

/** How a caption ends: "(Image: Getty)", "[File: Reuters]", "Credit: EPA", "| Getty Images". */
export const CAPTION_TAIL = anyOf(
  [
    raw`\((?:ap |afp |reuters |getty |pa |epa )?(?:photo|image|picture)s?\b[^)]{0,80}\)`,
    raw`\((?:image|photo|picture|pic|credit|source|pictured|illustration|file)s?:[^)]{1,80}\)`,
    raw`\[(?:image|photo|file|pictured)s?:[^\]]{1,80}\]`,
    raw`(?:^|[\s|/])(?:getty images?|reuters|afp|ap photo|shutterstock|istock(?:photo)?|epa|alamy|pa (?:images|wire|media))(?:\s*\/\s*[\w .-]{1,40})?\)?`,
    raw`credits?:\s*[^.]{1,80}`,
  ],
  "",
  "$",
);

export const COPYRIGHT = /^(?:©|\(c\)|copyright\b)/;
