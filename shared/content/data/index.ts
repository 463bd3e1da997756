import { DOMAINS_DATA } from './domains';
import { EVENTS_DATA } from './events';
import { INTERESTS_DATA } from './interests';
import { LESSONS_DATA } from './lessons';
import { PERSONAS_DATA } from './personas';
import { PROJECTS_DATA } from './projects';
import { RESOURCES_DATA } from './resources';
import { ROLES_DATA } from './roles';

// All card data, unparsed. `loadContent` in ../index.ts checks it against the schemas.
export const RAW_CONTENT = {
  resources: RESOURCES_DATA,
  domains: DOMAINS_DATA,
  roles: ROLES_DATA,
  projects: PROJECTS_DATA,
  interests: INTERESTS_DATA,
  personas: PERSONAS_DATA,
  events: EVENTS_DATA,
  lessons: LESSONS_DATA,
};
