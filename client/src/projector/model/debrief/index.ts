import { parseSettings } from '../../../../../shared/protocol/room';
import type { ProjectorView } from '../../../../../shared/view/types';
import { endModel } from '../end';
import { lessonsModel } from './lessons';
import { networkScreenModel } from './network';
import { personasScreenModel } from './personas';
import { reflectionsModel } from './reflections';
import { label, SIZE } from '../labels';
import { translate } from '../../../i18n';
import type { EndScreenModel, ProjectorInput } from '../types';

// After the game the facilitator leads the debrief and picks what the wall shows
// (RoomInfo.projectorScreen): the result, the lessons, the personas chart, the network or the
// players' answers. All but the result and the answers come from the debrief, fetched once the game ended.

export function endScreenModel(input: ProjectorInput, view: ProjectorView): EndScreenModel {
  const { info, locale } = input;
  const screen = info.projectorScreen ?? 'result';
  const width = input.width ?? 1920;
  if (screen === 'result') return { screen, result: endModel(view, locale, width) };
  if (screen === 'reflections') {
    // The server leaves names out in an anonymous room already; the wall makes sure of it.
    const anonymous = parseSettings(info)?.anonymousReflections !== false;
    return { screen, reflections: reflectionsModel(input.reflections ?? [], anonymous, locale, width) };
  }
  const d = input.debrief;
  if (!d) return { screen: 'waiting', wanted: screen, message: label(translate(locale, input.debriefFailed ? 'debriefFailed' : 'dbLoading'), SIZE.big, true, width - 220, 3) };
  if (screen === 'lessons') return { screen, lessons: lessonsModel(d.lessons.shown, locale, width) };
  if (screen === 'personas') return { screen, personas: personasScreenModel(d.personas, locale, width) };
  return { screen, network: networkScreenModel(d.network, locale, width) };
}
