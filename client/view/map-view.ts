import cytoscape, {
  type Core,
  type ElementDefinition,
  type NodeCollection,
  type NodeSingular,
} from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { edgeData, nodeData, toElements } from '../adapter/cy-elements.ts';
import { cyOptions } from '../adapter/cy-options.ts';
import { fcoseOptions } from '../adapter/layout-options.ts';
import { boxCentre, fitZoom } from '../model/camera.ts';
import { degrees, edgeKey, type Fragment, type NodeMeta } from '../model/graph.ts';
import { type Direction, nextInDirection } from '../model/keyboard-cursor.ts';
import { expectedFitZoom } from '../model/label-policy.ts';
import { type LayoutPlan, type Point, placeNewNodes, planLayout, tidyDraft } from '../model/layout-plan.ts';
import { type DrawingMode, isLargeMap } from '../model/renderer-choice.ts';
import { withStepPeople } from '../model/step-people.ts';
import {
  applyLabelPolicy,
  LIVE_LABELS_UP_TO,
  sizeLabel,
  watchZoom,
  withRoomForLabels,
} from './label-zoom.ts';
import { prepareLayoutWorker, runLayoutInWorker, runSeededLayout } from './seeded-layout.ts';

cytoscape.use(fcose);

export interface MapHandlers {
  select(id: string | null): void;
  expand(id: string): void;
  /** The user moved the camera or dropped a dragged node (what a shared link should keep). */
  viewChanged?(): void;
  /** The user zoomed in onto a talk group of the summary (the one nearest the middle). */
  zoomedInto?(id: string): void;
}

/** Zoomed in to at least this, a talk group at the middle of the map opens (see watchZoomIn). */
export const OPEN_GROUP_ZOOM = 1.1;

/** Classes derived by the model: what is visible, focused, on the route. */
export interface MapClasses {
  visible: ReadonlySet<string>;
  focus: ReadonlySet<string> | null;
  selected: string | null;
  route: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
}

/** The Cytoscape edge: applies the model's graph and classes, runs layouts, moves the camera. */
export class MapView {
  private cy: Core;
  private mode: DrawingMode;
  /** A zoom the user made (not the camera's) is under way. */
  private userZoomed = false;
  /** The drawing mode asked for before the first picture, applied as it is laid out. */
  private pending: DrawingMode | null = null;
  /** True once a fit has framed a picture: later fits glide from it. */
  private framed = false;
  /** The node the arrow keys are on (keyboard users' pointer), shown with a ring. */
  private cursor: string | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly handlers: MapHandlers,
    webgl: boolean,
  ) {
    this.mode = { webgl, large: false };
    // Focusable so the map's keys (arrows, +, −, 0) work without a mouse.
    container.tabIndex = 0;
    this.cy = this.create([], this.mode);
    prepareLayoutWorker();
    // Panels open and close and the window changes: Cytoscape only notices a window resize.
    new ResizeObserver(() => this.cy.resize()).observe(container);
  }

  get usesWebgl(): boolean {
    return this.mode.webgl;
  }

  private create(elements: ElementDefinition[], mode: DrawingMode): Core {
    const cy = cytoscape(cyOptions(this.container, elements, mode));
    this.listen(cy);
    this.container.dataset['renderer'] = mode.webgl ? 'webgl' : 'canvas';
    this.container.dataset['large'] = String(mode.large);
    return cy;
  }

  private listen(cy: Core): void {
    watchZoom(cy);
    this.watchZoomIn(cy);
    cy.on('tap', 'node', (event) => this.handlers.select((event.target as NodeSingular).id()));
    cy.on('tap', (event) => {
      if (event.target === cy) {
        this.handlers.select(null);
      }
    });
    cy.on('dragfree', 'node', () => this.handlers.viewChanged?.());
    cy.on('viewport', () => this.handlers.viewChanged?.());
    cy.on('dbltap', 'node', (event) => this.handlers.expand((event.target as NodeSingular).id()));
    cy.on('mouseover', 'node', (event) => {
      const node = event.target as NodeSingular;
      sizeLabel(node);
      node.addClass('hover');
      this.container.title = `${node.data('fullLabel') as string}`;
    });
    cy.on('mouseout', 'node', (event) => {
      (event.target as NodeSingular).removeClass('hover');
      this.container.title = '';
    });
  }

  /**
   * Opens the overview as one zooms into it: once a zoom the user made (wheel, pinch, the
   * buttons or keys) comes to rest at OPEN_GROUP_ZOOM or closer, the talk group nearest the
   * middle of the map, if it lies in the middle third, is reported (the explorer opens it). The
   * camera's own moves (fit, focus) open nothing.
   */
  private watchZoomIn(cy: Core): void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    cy.on('scrollzoom pinchzoom', () => {
      this.userZoomed = true;
    });
    cy.on('zoom', () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const asked = this.userZoomed;
        this.userZoomed = false;
        if (asked && cy.zoom() >= OPEN_GROUP_ZOOM) {
          const id = this.groupAtMiddle(cy);
          if (id) {
            this.handlers.zoomedInto?.(id);
          }
        }
      }, 300);
    });
  }

  private groupAtMiddle(cy: Core): string | null {
    const { width, height } = this.container.getBoundingClientRect();
    let best: string | null = null;
    let distance = Math.min(width, height) / 3;
    cy.nodes('[?group]:visible').forEach((node) => {
      const p = node.renderedPosition();
      const d = Math.hypot(p.x - width / 2, p.y - height / 2);
      if (d < distance) {
        distance = d;
        best = node.id();
      }
    });
    return best;
  }

  /**
   * Draws with WebGL or not, and as a large map or not for a graph of `elements` (isLargeMap),
   * keeping every element where it is: Cytoscape fixes both at creation, so a change rebuilds
   * the map. Before a first picture the map is empty and that costs nothing.
   */
  setDrawing(webgl: boolean, elements: number): void {
    const mode = { webgl, large: isLargeMap(elements, this.mode.large) };
    if (mode.webgl === this.mode.webgl && mode.large === this.mode.large) {
      this.pending = null;
      return;
    }
    if (this.cy.elements().empty()) {
      // A first picture: the map is built in its mode while the worker lays the picture out
      // (sync), not before. Building a WebGL map took ~0.1 s of script and more in the driver.
      this.pending = mode;
      return;
    }
    this.rebuild(mode);
  }

  /** Builds the map again in `mode` (see setDrawing), every element, place and the camera kept. */
  private rebuild(mode: DrawingMode): void {
    this.pending = null;
    const drawn = this.cy.elements().jsons() as unknown as ElementDefinition[];
    const viewport = { zoom: this.cy.zoom(), pan: this.cy.pan() };
    this.cy.destroy();
    this.mode = mode;
    this.cy = this.create(drawn, mode);
    this.cy.viewport(viewport);
  }

  /**
   * Makes the drawn elements those of `graph`: removes what left, adds what came (in free space
   * around what it hangs from, every node already placed staying where it is).
   */
  async sync(graph: Fragment, overviewMeta: ReadonlyMap<string, NodeMeta>): Promise<number> {
    const cy = this.cy;
    const meta = withStepPeople(graph, overviewMeta);
    const wanted = new Set([...graph.nodes.map((n) => n.id), ...graph.edges.map(edgeKey)]);
    cy.elements()
      .filter((el) => !wanted.has(el.id()))
      .remove();
    const existing = cy.nodes().map((n) => n.id());
    const fresh = graph.nodes.filter((n) => cy.getElementById(n.id).empty());
    const degree = degrees(graph);
    cy.batch(() => {
      for (const node of graph.nodes) {
        const drawn = cy.getElementById(node.id);
        const next = nodeData(node, meta.get(node.id), degree.get(node.id) ?? 0, cy.zoom());
        // Only what an added edge or a better label changes: restyling every node on every
        // action would cost seconds on large graphs (fonts are the label policy's business).
        if (
          drawn.nonempty() &&
          (drawn.data('size') !== next.size ||
            drawn.data('tier') !== next.tier ||
            drawn.data('label') !== next.label)
        ) {
          drawn.data({ size: next.size, tier: next.tier, label: next.label, fullLabel: next.fullLabel });
        }
      }
    });
    const positions = this.positions();
    const zoom = existing.length ? cy.zoom() : expectedFitZoom(graph.nodes.length);
    const placed = placeNewNodes(
      fresh.map((n) => n.id),
      graph,
      positions,
    );
    const newEdges = graph.edges.filter((e) => cy.getElementById(edgeKey(e)).empty());
    const added = toElements({ nodes: fresh, edges: [] }, meta, zoom).map((el) => ({
      ...el,
      position: placed.get(String(el.data['id'])) ?? { x: 0, y: 0 },
    }));
    cy.add([...added, ...newEdges.map((e) => ({ group: 'edges' as const, data: edgeData(e) }))]);
    const took = await this.layout(planLayout(existing, fresh.length, graph.nodes.length));
    this.applyPending();
    return took;
  }

  private applyPending(): void {
    if (this.pending) {
      this.rebuild(this.pending);
    }
  }

  private async layout(plan: LayoutPlan): Promise<number> {
    const options = fcoseOptions(plan);
    if (!options || plan.mode !== 'full') {
      return 0;
    }
    // A first picture is laid out in a worker: typing and panning never wait for it. A large
    // map draws no labels; a small one sends each node with its label's room.
    const large = this.cy.nodes().length > LIVE_LABELS_UP_TO;
    // The request is posted before the call returns: the map is rebuilt in its mode meanwhile,
    // and the positions go to the map there is when the answer comes.
    const laidOut = runLayoutInWorker(this.cy, options, !large, () => this.cy);
    this.applyPending();
    const offThread = await laidOut;
    const took = offThread ?? (await withRoomForLabels(this.cy, () => runSeededLayout(this.cy, options)));
    if (plan.quality === 'draft') {
      this.setPositions(tidyDraft(this.positions()));
    }
    this.container.dataset['layoutThread'] = offThread === null ? 'main' : 'worker';
    this.container.dataset['layoutMs'] = String(Math.round(took));
    return took;
  }

  applyClasses(classes: MapClasses): void {
    const { visible, focus, selected, route } = classes;
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        const id = node.id();
        node.toggleClass('filtered', !visible.has(id));
        node.toggleClass('focus', id === selected);
        node.toggleClass('route', route?.nodes.has(id) ?? false);
        const lit = route ? route.nodes.has(id) : focus ? focus.has(id) : true;
        node.toggleClass('faded', !lit);
        node.toggleClass('context', Boolean(focus?.has(id)) && id !== selected);
      });
      this.cy.edges().forEach((edge) => {
        const onRoute = route?.edges.has(edge.id()) ?? false;
        const touches =
          selected !== null && (edge.source().id() === selected || edge.target().id() === selected);
        edge.toggleClass('route', onRoute);
        edge.toggleClass('context', !route && touches);
        edge.toggleClass('faded', route ? !onRoute : focus !== null && !touches);
      });
    });
    // Focus and route show labels the zoom would hide: give those the size of this zoom.
    applyLabelPolicy(this.cy);
    this.container.dataset['nodes'] = String(this.cy.nodes().filter((n) => visible.has(n.id())).length);
    this.container.dataset['edges'] = String(this.cy.edges(':visible').length);
    this.container.dataset['route'] = String(route?.nodes.size ?? 0);
  }

  positions(): Map<string, Point> {
    return new Map(this.cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  }

  /**
   * Moves the keyboard cursor to the neighbour lying in `direction` (else the nearest node that
   * way); the first press starts on `start` (the selection) or the node nearest the centre.
   * Returns the node now under the cursor, or null when the map shows nothing.
   */
  moveCursor(direction: Direction | null, start: string | null): { id: string; label: string } | null {
    const visible = this.cy.nodes(':visible');
    if (visible.empty()) {
      return null;
    }
    const known = this.cursor ? this.cy.getElementById(this.cursor) : null;
    let current: NodeSingular;
    if (!known || known.empty() || !known.visible()) {
      const selected = start ? this.cy.getElementById(start) : null;
      current =
        selected?.nonempty() && selected.visible() ? (selected as NodeSingular) : this.nearestCentre(visible);
    } else {
      current = known as NodeSingular;
      if (direction) {
        const around = new Map(
          current
            .neighborhood('node:visible')
            .map((n) => [n.id(), (n as NodeSingular).position()] as [string, Point]),
        );
        const others = new Map(visible.map((n) => [n.id(), n.position()] as [string, Point]));
        const next = nextInDirection(current.position(), direction, around, others);
        if (next) {
          current = this.cy.getElementById(next) as NodeSingular;
        }
      }
    }
    this.setCursor(current.id());
    return { id: current.id(), label: String(current.data('fullLabel') ?? current.id()) };
  }

  private nearestCentre(nodes: NodeCollection): NodeSingular {
    const { width, height } = this.container.getBoundingClientRect();
    let best = nodes[0] as NodeSingular;
    let distance = Number.POSITIVE_INFINITY;
    nodes.forEach((node) => {
      const p = node.renderedPosition();
      const d = Math.hypot(p.x - width / 2, p.y - height / 2);
      if (d < distance) {
        distance = d;
        best = node;
      }
    });
    return best;
  }

  private setCursor(id: string | null): void {
    if (this.cursor) {
      this.cy.getElementById(this.cursor).removeClass('cursor');
    }
    this.cursor = id;
    this.container.dataset['cursor'] = id ?? '';
    if (!id) {
      return;
    }
    const node = this.cy.getElementById(id);
    node.addClass('cursor');
    sizeLabel(node);
    // Keep the cursor on screen: pan (not zoom) when it leaves the view.
    const { width, height } = this.container.getBoundingClientRect();
    const p = node.renderedPosition();
    if (p.x < 40 || p.y < 40 || p.x > width - 40 || p.y > height - 40) {
      this.cy.stop();
      this.cy.animate({ panBy: { x: width / 2 - p.x, y: height / 2 - p.y }, duration: 200 });
    }
  }

  cursorId(): string | null {
    return this.cursor;
  }

  /** Moves nodes to given places (a shared link's), leaving out ids not drawn. */
  setPositions(positions: ReadonlyMap<string, Point>): void {
    this.cy.batch(() => {
      for (const [id, point] of positions) {
        this.cy.getElementById(id).position(point);
      }
    });
  }

  viewport(): { zoom: number; pan: Point } {
    return { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } };
  }

  setViewport(view: { zoom: number; pan: Point }): void {
    this.cy.stop();
    this.cy.viewport({ zoom: view.zoom, pan: view.pan });
  }

  /** Where each node is on screen, in pixels from the map's top left corner. */
  renderedPositions(): Map<string, Point> {
    return new Map(this.cy.nodes().map((n) => [n.id(), { ...n.renderedPosition() }]));
  }

  has(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  /** Centres a node and its neighbours, zooming in no further than a readable level. */
  focusOn(id: string): void {
    const node = this.cy.getElementById(id);
    if (node.empty() || !node.visible()) {
      return;
    }
    const around = node.closedNeighborhood().filter(':visible');
    const { width, height } = this.container.getBoundingClientRect();
    const box = around.boundingBox({ includeLabels: false });
    this.cy.stop();
    // Labels keep their size on screen, so zooming in further is what gives a dense neighbourhood room.
    const zoom = fitZoom(box, { width, height }, 90, 1.8);
    const centre = boxCentre(box);
    this.cy.animate({
      zoom,
      pan: { x: width / 2 - centre.x * zoom, y: height / 2 - centre.y * zoom },
      duration: 300,
    });
  }

  zoom(): number {
    return this.cy.zoom();
  }

  /** Fits nodes (all visible ones by default) by their shapes: labels resize with the zoom. */
  fit(ids?: readonly string[]): void {
    let eles = this.cy.nodes(':visible');
    if (ids) {
      eles = this.cy.collection();
      for (const id of ids) {
        eles = eles.union(this.cy.getElementById(id));
      }
    }
    if (eles.empty()) {
      return;
    }
    const { width, height } = this.container.getBoundingClientRect();
    const box = eles.boundingBox({ includeLabels: false });
    const zoom = fitZoom(box, { width, height }, 60, 1.2, 0.05);
    const centre = boxCentre(box);
    const view = { zoom, pan: { x: width / 2 - centre.x * zoom, y: height / 2 - centre.y * zoom } };
    this.cy.stop();
    if (!this.framed) {
      // The first picture has nothing on screen to glide from: a jump spares the frames of a
      // glide, each of which resized every label (WebGL redraws their textures for it).
      this.framed = true;
      this.cy.viewport(view);
      return;
    }
    this.cy.animate({ ...view, duration: 250 });
  }

  zoomBy(factor: number): void {
    this.userZoomed = true;
    const level = this.cy.zoom() * factor;
    const { width, height } = this.container.getBoundingClientRect();
    this.cy.zoom({ level, renderedPosition: { x: width / 2, y: height / 2 } });
  }

  panBy(dx: number, dy: number): void {
    this.cy.panBy({ x: dx, y: dy });
  }

  /** What the map shows now (the viewport, not the whole faded graph), at twice the size. */
  png(): Blob {
    return this.cy.png({
      output: 'blob',
      full: false,
      scale: 2,
      bg: '#ffffff',
      maxWidth: 8000,
      maxHeight: 8000,
    });
  }

  resize(): void {
    this.cy.resize();
  }
}
