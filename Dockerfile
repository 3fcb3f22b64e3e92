# syntax=docker/dockerfile:1
# talkgraph app image: GraphQL server + prebuilt Cytoscape client.
# Expects an external Neo4j (NEO4J_URI, e.g. bolt://neo4j:7687 from docker-compose.yml),
# so no Java/Maven is installed here (graph/launcher/target is excluded by .dockerignore).

# --- deps: all dependencies (dev included) for the client build --------------------------------
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# --- build: the Vite client → dist/client, the server and its worker → dist/server (esbuild) ------
FROM deps AS build
COPY . .
RUN npm run build:client && npm run build:server

# --- prod-deps: production dependencies only -------------------------------------------------------
FROM node:20-bookworm-slim AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# --- runtime ------------------------------------------------------------------------------------
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=4000
WORKDIR /app
# Files stay owned by root: the unprivileged runtime user can read but not modify the app.
COPY --from=prod-deps /app/node_modules ./node_modules
COPY package.json package-lock.json tsconfig.json ./
COPY --from=build /app/dist/client ./dist/client
COPY --from=build /app/dist/server ./dist/server
# Files the server reads beside its sources (scripts/build-server.ts keeps those paths).
COPY graph/schema.cypher ./graph/
COPY ingest/ontology ./ingest/ontology
COPY corpus ./corpus
USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]
# Both are already built: run the compiled composition root directly (npm start would rebuild them).
CMD ["node", "--enable-source-maps", "dist/server/start.js"]
