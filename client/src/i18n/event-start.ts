// The training day's words that the start screen and a table's screen show (the rest load with the
// event's pages: event.ts).

export const eventStartNl = {
  evCreateDay: 'Ik begeleid een dag',
  evCreateDayHelp: 'Veel tafels tegelijk, één code voor iedereen, één overzicht en één nabespreking.',
  evSayToast: 'Van de begeleider: {text}',
} as const;

export const eventStartEn: Record<keyof typeof eventStartNl, string> = {
  evCreateDay: 'I am running a day',
  evCreateDayHelp: 'Many tables at once, one code for everyone, one overview and one debrief.',
  evSayToast: 'From the facilitator: {text}',
};
