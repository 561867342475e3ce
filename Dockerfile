# nkss-graph API image. Needs an external Neo4j (NEO4J_URI); see docker-compose.yml.
# No Java here: with NEO4J_URI set the app never starts the embedded Neo4j from neo4j-local/.

# ---- build: compile TypeScript to dist/ --------------------------------------------------
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY explorer ./explorer
# tsc -p tsconfig.build.json -> dist/src/**, then the explorer's bundle -> dist/explorer/
RUN npm run build

# ---- runtime: production dependencies, compiled code and the files read at runtime -------
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
# Resolved from dist/src/neo4j/cypher.ts and dist/src/dataset/load.ts as ../../../cypher and
# ../../../data/nkss.json, i.e. /app/cypher and /app/data.
COPY cypher ./cypher
COPY data ./data
COPY schema ./schema
# Files stay root-owned (read-only for the app); the process runs as the image's non-root user.
USER node
EXPOSE 4000
# Ready = HTTP up and Neo4j answering. The slim image has no curl: use Node's fetch.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health/ready', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/src/main.js"]
