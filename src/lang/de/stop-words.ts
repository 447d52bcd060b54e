/** Capitalised function words that start sentences and are never names on their own. */
export const CAPITALISED_STOP_WORDS: ReadonlySet<string> = new Set(
  ('Der Die Das Den Dem Des Ein Eine Einen Einem Einer Eines Und Oder Aber Doch Denn Sondern Nach Vor Seit Bei Mit ' +
    'Von Zu Zur Zum Im In Am An Auf Aus Für Über Unter Durch Gegen Ohne Um Wie Was Wer Wo Wann Warum Weil Wenn Als ' +
    'Ob Dass Daß So Auch Noch Schon Nur Nun Jetzt Dann Damit Dabei Dazu Danach Zudem Außerdem Allerdings Trotzdem ' +
    'Er Sie Es Wir Ihr Ich Du Man Sein Seine Ihre Ihr Unser Unsere Dies Diese Dieser Dieses Jeder Jede Alle Viele ' +
    'Mehr Weitere Andere Kein Keine Laut Bis Gut Neu Hier Dort Heute Gestern Morgen Bereits Erst Immer Nie Ja Nein ' +
    'Sowohl Weder Zwar Insgesamt Zunächst Später Zuletzt Vielleicht Deshalb Daher Jedoch Während Obwohl Sowie ' +
    // interjections (`Tja`, tagged as a person in Leipzig news)
    'Tja Naja Ach Oh Okay Hallo Aha Hm Nee').split(' '),
);
