// Playing an edition: the field that names it when a game is made, and the kit of an edition.

export const editionPlayNl = {
  editionLabel: 'Editie',
  editionPlaceholder: 'Standaard',
  editionHelp: 'Leeg: de standaardkaarten. Of vul de code in van een eigen editie.',
} as const;

export const editionPlayEn: Record<keyof typeof editionPlayNl, string> = {
  editionLabel: 'Edition',
  editionPlaceholder: 'Standard',
  editionHelp: 'Empty: the standard cards. Or enter the code of your own edition.',
};
