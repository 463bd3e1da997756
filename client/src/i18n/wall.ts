// Words for the role swap on the phones and the debrief's guess matrix on a phone (B1 Dutch).

export const wallNl = {
  swapTitle: 'Rolwissel!',
  swapNow: 'Je speelt nu {role}. Eerst was je {before}.',
  swapInterests: 'Dit zijn nu jouw belangen. Aan het eind tellen je punten voor deze kaarten. Ook wat {role} al eerder deed, telt mee.',
  swapWhatStays: 'De kaarten in je hand, de beloftes aan projecten en de belangen horen bij de partner. Jij neemt ze over.',
  dbScrollHint: 'Schuif de tabel opzij om alle partners te zien →',
  swapScoreRole: '{role}, eerst {first}',
  rfHelpSolo: 'Typ een kort antwoord voor jezelf: zo zet je je gedachten op een rij.',
  dbAgainHelpSolo: 'Een nieuw oefenspel met dezelfde instellingen.',
} as const;

export const wallEn: Record<keyof typeof wallNl, string> = {
  swapTitle: 'Role swap!',
  swapNow: 'You now play {role}. Before, you were {before}.',
  swapInterests: 'These are your interests now. At the end your points come from these cards. What {role} did earlier counts too.',
  swapWhatStays: 'The cards in your hand, the pledges to projects and the interests belong to the partner. You take them over.',
  dbScrollHint: 'Slide the table sideways to see every partner →',
  swapScoreRole: '{role}, first {first}',
  rfHelpSolo: 'Type a short answer for yourself: it helps to put your thoughts in order.',
  dbAgainHelpSolo: 'A new practice game with the same settings.',
};
