import type { ResourceId, RoleId } from '../../../shared/model/ids';

// The project's own SVG icons (assets/icons, CC0, see assets/README.md), fingerprinted by Vite.

const resources = import.meta.glob<string>('../../../assets/icons/resources/*.svg', {
  eager: true,
  query: '?url',
  import: 'default',
});
const roles = import.meta.glob<string>('../../../assets/icons/roles/*.svg', {
  eager: true,
  query: '?url',
  import: 'default',
});

const byName = (files: Record<string, string>) =>
  Object.fromEntries(Object.entries(files).map(([path, url]) => [path.replace(/^.*\/|\.svg$/g, ''), url]));

const RESOURCE_ICONS = byName(resources) as Record<ResourceId, string>;
const ROLE_ICONS = byName(roles) as Record<RoleId, string>;

export const resourceIcon = (r: ResourceId): string => RESOURCE_ICONS[r] ?? '';
export const roleIcon = (r: RoleId): string => ROLE_ICONS[r] ?? '';
