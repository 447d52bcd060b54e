/**
 * German abbreviations that end in a period which does not end a sentence. Lower-cased, with their period.
 * Multi-part abbreviations (`z. B.`, `u. a.`) are listed by their parts.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'z.', 'b.', 'u.', 'a.', 'o.', 'ä.', 'd.', 'h.', 's.', 'v.', 'chr.', 'm.', 'w.', 'g.', 'i.', 'e.', 'r.',
  'dr.', 'prof.', 'dipl.', 'ing.', 'hr.', 'fr.', 'frl.', 'st.', 'sen.', 'jr.', 'jun.',
  'nr.', 'str.', 'tel.', 'abs.', 'art.', 'bd.', 'kap.', 'vgl.', 'ca.', 'bzw.', 'ggf.', 'evtl.', 'inkl.', 'exkl.',
  'zzgl.', 'usw.', 'etc.', 'bspw.', 'insb.', 'sog.', 'zz.', 'zzt.', 'bzgl.', 'gem.', 'ggü.', 'lt.', 'mio.', 'mrd.',
  'tsd.', 'jh.', 'jhd.', 'mind.', 'max.', 'min.', 'rd.', 'urspr.', 'vs.', 'gen.', 'gegr.', 'geb.', 'verh.',
  'jan.', 'feb.', 'febr.', 'mär.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'okt.', 'nov.', 'dez.',
  'mo.', 'di.', 'mi.', 'do.', 'sa.', 'so.', 'co.', 'inc.', 'corp.', 'ltd.', 'bzw.', 'dt.', 'engl.', 'frz.',
  // Parts of academic degrees (`Dr. med. Anna Klein`, `Dr. rer. nat.`): the period ends no sentence.
  'med.', 'rer.', 'nat.', 'phil.', 'jur.', 'iur.', 'dent.', 'vet.', 'oec.', 'theol.', 'habil.', 'pharm.', 'paed.',
]);

/** Abbreviations after which a sentence may still end when the next word starts a new sentence. */
export const SENTENCE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set(['usw.', 'etc.']);
