import * as Phaser from 'phaser';
import { RESOURCES, ROLES } from '../../../../shared/model/ids';
import * as cards from '../../model/cards';
import { resourceIcon, roleIcon } from '../../components/icons';
import { reducedMotion } from '../../fx/anchors';
import { COLOR, text } from './primitives';
import { drawPersonas } from './debrief-personas';
import { drawLessons, drawNetworkScreen, drawReflections, drawWaiting } from './debrief';
import { drawEnd } from './end';
import { drawLobby } from './lobby';
import { drawPlay, type PlayDrawn } from './play';
import { movesBetween } from '../model/feed';
import { appear, board, fall, playMoves } from './fx';
import { DESIGN_H, designWidth } from '../model/frame';
import { textBounds } from '../model/measure';
import { labelsOf, projectorModel } from '../model/screen';
import { clockLabel } from '../model/play';
import { personaMoves } from '../model/track-moves';
import { translate } from '../../i18n';
import type { EndScreenModel, Label, PlayModel, ProjectorInput, ProjectorModel, ProjectorState } from '../model/types';

// The projector as one full-screen Phaser scene, 1080 design px high and as wide as the wall's shape
// (frame.ts: 1920 on 16:9, 1440 on 4:3), scaled to fit. Each update draws the whole picture afresh
// from the model, then animates what changed on top of it.

export interface ProjectorMeasure {
  minTextPx: number;
  codeTextPx: number;
  qrPx: number;
  texts: string[];
  /** The design width the wall is drawn at. */
  width: number;
  /** Texts reaching outside the picture, and pairs of texts drawn over each other: none is wanted. */
  outside: string[];
  overlaps: string[];
}

class ProjectorScene extends Phaser.Scene {
  private layer: Phaser.GameObjects.Container | null = null;
  private input0: ProjectorInput | null = null;
  private model: ProjectorModel | null = null;
  private played: PlayDrawn | null = null;
  private tokens = new Map<string, Phaser.GameObjects.Container>();
  /** The answer cards on the reflections screen, by answer id. */
  private answers = new Map<string, Phaser.GameObjects.GameObject[]>();
  private code: Phaser.GameObjects.Text | null = null;
  private qrPx = 0;
  /** The loop runs until then at least (performance.now()), then sleeps once no tween is left. */
  private awakeUntil = 0;

  constructor(
    private readonly ready: (s: ProjectorScene) => void,
    /** The design width (frame.ts); the scene is redrawn when the wall changes shape. */
    public width: number,
  ) {
    super('projector');
  }

  preload(): void {
    for (const r of RESOURCES) this.load.svg(`res-${r}`, resourceIcon(r), { width: 96, height: 96 });
    for (const r of ROLES) this.load.svg(`role-${r}`, roleIcon(r), { width: 128, height: 128 });
  }

  create(): void {
    this.game.loop.sleep();
    this.ready(this);
  }

  /** Renders a few frames for a change, and on while anything moves. */
  private wake(): void {
    this.awakeUntil = performance.now() + 150;
    this.game.loop.wake();
  }

  override update(): void {
    if (this.tweens.getTweens().length === 0 && performance.now() > this.awakeUntil) this.game.loop.sleep();
  }

  get state(): ProjectorState | 'connecting' {
    return this.model?.state ?? 'connecting';
  }

  /** After the game: which end screen is drawn ('waiting' while its debrief is on its way). */
  get screen(): EndScreenModel['screen'] | null {
    return this.model?.state === 'end' ? this.model.end.screen : null;
  }

  show(given: ProjectorInput): void {
    const input = { ...given, width: this.width };
    const prevInput = this.input0;
    const prevModel = this.model;
    const model = projectorModel(input);
    this.input0 = input;
    this.model = model;
    // What still fades in on the old picture stops: the new one is drawn complete.
    if (this.layer) this.tweens.killTweensOf(this.layer.list);
    this.layer?.destroy();
    // Cards in flight and "Klaar!" banners (fx.ts, drawn above the layer) belong to the table only.
    if (model.state !== 'play') {
      for (const o of [...this.children.list]) {
        if ((o as Phaser.GameObjects.Container).depth < 10) continue;
        this.tweens.killTweensOf(o);
        o.destroy();
      }
    }
    const layer = this.add.container(0, 0);
    this.layer = layer;
    this.played = null;
    this.tokens = new Map();
    this.answers = new Map();
    this.code = null;
    this.qrPx = 0;
    if (model.state === 'lobby') ({ code: this.code, qrPx: this.qrPx } = drawLobby(this, layer, model.lobby));
    else if (model.state === 'play') this.played = drawPlay(this, layer, model.play);
    else if (model.state === 'end') this.drawEndScreen(layer, model.end);
    else text(this, layer, this.width / 2, DESIGN_H / 2, model.message, { origin: [0.5, 0.5], color: COLOR.soft });
    if (this.played) this.tokens = this.played.tokens;
    this.wake();
    if (!reducedMotion() && prevInput?.view && input.view) this.animate(prevInput, input, prevModel, model);
  }

  private drawEndScreen(layer: Phaser.GameObjects.Container, m: EndScreenModel): void {
    if (m.screen === 'result') this.tokens = drawEnd(this, layer, m.result, this.width);
    else if (m.screen === 'lessons') drawLessons(this, layer, m.lessons, this.width);
    else if (m.screen === 'personas') drawPersonas(this, layer, m.personas);
    else if (m.screen === 'network') drawNetworkScreen(this, layer, m.network);
    else if (m.screen === 'reflections') this.answers = drawReflections(this, layer, m.reflections);
    else drawWaiting(this, layer, m.message, this.width);
  }

  private animate(prevInput: ProjectorInput, input: ProjectorInput, prevModel: ProjectorModel | null, model: ProjectorModel): void {
    const playOf = (m: ProjectorModel | null): PlayModel | null => (m?.state === 'play' ? m.play : null);
    const prev = playOf(prevModel);
    const next = playOf(model);
    // Moves fly only while the game runs: at the end the whole log is revealed at once, and what
    // it adds happened long ago (it would celebrate old projects over the debrief).
    const landed =
      prev && next
        ? playMoves(this, {
            moves: movesBetween(prevInput.view!.log, input.view!.log),
            prev,
            next,
            projectName: (id) => cards.projectName(id, input.locale),
            doneWord: translate(input.locale, 'ready'),
          })
        : 0;
    if (next && prev && this.played) {
      for (const p of next.projects) {
        const before = prev.projects.find((q) => q.id === p.id);
        const objects = this.played.slots.get(p.id) ?? [];
        p.slots.forEach((s, i) => {
          if (s.by && before && !before.slots[i]?.by && objects[i]) appear(this, objects[i], landed);
        });
      }
    }
    // Answers that just came in fade in on the wall.
    const answerIds = (m: ProjectorModel | null) => (m?.state === 'end' && m.end.screen === 'reflections' ? m.end.reflections.columns.flatMap((c) => c.answers.map((a) => a.id)) : null);
    const before = answerIds(prevModel);
    if (before) for (const id of answerIds(model) ?? []) if (!before.includes(id)) appear(this, this.answers.get(id) ?? [], 0);
    const trackOf = (m: ProjectorModel | null) => (m?.state === 'play' ? m.play.track : m?.state === 'end' && m.end.screen === 'result' ? m.end.result.track : null);
    const { boarded, dropped } = personaMoves(trackOf(prevModel), trackOf(model));
    for (const d of dropped) fall(this, d.at, d.name);
    boarded.forEach((id, i) => {
      const token = this.tokens.get(id);
      if (token) board(this, token, 300 + i * 200);
    });
  }

  /** The phase clock, once a second or so: only its text changes. */
  tick(): void {
    const input = this.input0;
    const clock = this.played?.clock;
    if (!input || !clock) return;
    const c = clockLabel(input.info, input.serverNow(), input.locale, this.width);
    if (clock.text === c.text) return;
    clock.setText(c.text).setFontSize(c.size).setColor(c.urgent ? COLOR.warnText : COLOR.light);
    this.wake();
  }

  measure(): ProjectorMeasure {
    const toCss = 1 / this.scale.displayScale.x;
    const texts: Phaser.GameObjects.Text[] = [];
    const walk = (list: Phaser.GameObjects.GameObject[]) => {
      for (const o of list) {
        if (o instanceof Phaser.GameObjects.Container && o.visible) walk(o.list);
        if (o instanceof Phaser.GameObjects.Text && o.visible && o.alpha > 0 && o.text !== '') texts.push(o);
      }
    };
    walk(this.children.list);
    const px = (t: Phaser.GameObjects.Text) => parseFloat(String(t.style.fontSize)) * t.scaleY * toCss;
    // The chart's words are painted into its picture (charts/line.ts), at the size its model gives.
    const painted: Label[] = this.model?.state === 'end' && this.model.end.screen === 'personas' ? labelsOf(this.model.end.personas.chart.texts) : [];
    const sizes = [...texts.map(px), ...painted.map((l) => l.size * toCss)];
    const { outside, overlaps } = textBounds(
      texts.map((t) => ({ text: t.text, ...rectOf(t.getBounds()) })),
      { x: 0, y: 0, w: this.width, h: DESIGN_H },
    );
    return {
      minTextPx: sizes.length ? Math.min(...sizes) : 0,
      codeTextPx: this.code ? px(this.code) : 0,
      qrPx: this.qrPx * toCss,
      texts: [...texts.map((t) => t.text), ...painted.map((l) => l.text)],
      width: this.width,
      outside,
      overlaps,
    };
  }
}

const rectOf = (r: Phaser.Geom.Rectangle) => ({ x: r.x, y: r.y, w: r.width, h: r.height });

export interface ProjectorHandle {
  update(input: ProjectorInput): void;
  destroy(): void;
  state(): ProjectorState | 'connecting';
  screen(): EndScreenModel['screen'] | null;
  measure(): ProjectorMeasure;
}

export function mountProjectorScene(parent: HTMLElement, first: ProjectorInput): ProjectorHandle {
  let scene: ProjectorScene | null = null;
  let latest = first;
  const widthNow = () => designWidth(parent.clientWidth || window.innerWidth, parent.clientHeight || window.innerHeight);
  const width = widthNow();
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    backgroundColor: COLOR.night,
    banner: false,
    audio: { noAudio: true },
    input: false,
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH, width, height: DESIGN_H },
    scene: new ProjectorScene((s) => {
      scene = s;
      s.show(latest);
    }, width),
  });
  // A wall of another shape (a window dragged to the 4:3 projector, a resized browser): the picture
  // takes that shape and is laid out again, rather than letterboxed.
  const reshape = () => {
    const w = widthNow();
    if (!scene || w === scene.width) return;
    scene.width = w;
    game.scale.setGameSize(w, DESIGN_H);
    scene.show(latest);
  };
  window.addEventListener('resize', reshape);
  const clock = setInterval(() => scene?.tick(), 500);
  return {
    update(input) {
      latest = input;
      scene?.show(input);
    },
    destroy() {
      clearInterval(clock);
      window.removeEventListener('resize', reshape);
      game.destroy(true);
    },
    state: () => scene?.state ?? 'connecting',
    screen: () => scene?.screen ?? null,
    measure: () => scene?.measure() ?? { minTextPx: 0, codeTextPx: 0, qrPx: 0, texts: [], width, outside: [], overlaps: [] },
  };
}
