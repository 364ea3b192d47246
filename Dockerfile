# The app for docker compose: Node 20, talking to the neo4j service (no Java in the image).
# Two stages: the first installs every dependency and compiles the server (tsc) and the web
# client (Vite); the second installs only the runtime dependencies from the same lock and copies
# in what was built, so the image has no TypeScript, Vite, jest or sources. The shared
# vocabulary package (packages/vocabulary) is compiled into server/dist/node_modules, where Node
# finds it before the workspace link to its TypeScript sources.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/vocabulary/package.json packages/vocabulary/
COPY server/package.json server/
COPY web/package.json web/
RUN npm ci --no-audit --no-fund
COPY . .
RUN NODE_ENV=production npm run build \
  && npx tsc -p server/tsconfig.build.json \
  && npx tsc -p packages/vocabulary/tsconfig.build.json --outDir server/dist/node_modules/@trade-truce/vocabulary \
  && date -u +%FT%TZ > server/dist/.built

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY package.json package-lock.json ./
COPY packages/vocabulary/package.json packages/vocabulary/
COPY server/package.json server/
COPY web/package.json web/
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/server/dist server/dist
COPY --from=build /app/web/dist web/dist
COPY cypher cypher
COPY fixtures fixtures
COPY scripts/start.mjs scripts/newest.cjs scripts/
USER node
EXPOSE 4000
# node itself is PID 1 and handles SIGTERM (docker stop): the server closes and exits cleanly.
# scripts/start.mjs finds no sources here, so it builds nothing and runs server/dist/main.js.
CMD ["node", "scripts/start.mjs"]
