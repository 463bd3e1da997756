import type { DomainCard } from '../schema';

// Where low literacy hurts: seed 001 "Verbind taal met meedoen" and "Schrijf samen het plan".
export const DOMAINS_DATA: DomainCard[] = [
  { id: 'werk', name: { nl: 'Werk & inkomen', en: 'Work & income' } },
  { id: 'gezondheid', name: { nl: 'Gezondheid', en: 'Health' } },
  { id: 'schulden', name: { nl: 'Schulden & geldzaken', en: 'Debt & money matters' } },
  { id: 'digitaal', name: { nl: 'Digitale vaardigheden', en: 'Digital skills' } },
  { id: 'participatie', name: { nl: 'Meedoen', en: 'Taking part' } },
  { id: 'onderwijs', name: { nl: 'Leren & onderwijs', en: 'Learning & education' } },
];
