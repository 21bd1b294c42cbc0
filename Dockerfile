# Sitrep as a service: `docker compose up -d` (see compose.yaml), or
#   docker build -t sitrep . && docker run --env-file .env -v sitrep-data:/data -p 3000:3000 sitrep
# Runs without the terminal chat, as the unprivileged `node` user, with the
# store and index on the /data volume and /healthz on port 8080.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
# better-sqlite3 builds from source when no prebuilt binary matches.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# Without scripts, so this layer needs only the lock file (Sitrep's own build, `prepare`, needs the
# sources: it runs in the next stage); better-sqlite3's native build is run on its own.
RUN npm ci --omit=dev --ignore-scripts && npm rebuild better-sqlite3 && npm cache clean --force

FROM deps AS build
COPY index.ts ./
COPY bin ./bin
COPY commands ./commands
COPY scripts ./scripts
COPY src ./src
COPY resources ./resources
COPY sample ./sample
# The JavaScript bin/sitrep.js runs (esbuild comes with tsx), then one question over the sample,
# which fills node_modules/.cache/sitrep (stems, word lists, the built glossary) for fast starts.
RUN node scripts/build.js && node bin/sitrep.js --data-dir /tmp/warm ask "kn-23 range" > /dev/null && rm -rf /tmp/warm

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    SITREP_DATA_DIR=/data \
    SITREP_HEALTH_PORT=8080 \
    SITREP_HEALTH_HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json slack-manifest.yml ./
COPY bin ./bin
COPY resources ./resources
COPY sample ./sample
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
# 3000: Slack's HTTP mode (SLACK_PORT); 8080: /healthz and /readyz.
EXPOSE 3000 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:8080/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# SIGTERM from `docker stop` reaches Node directly (exec form): Sitrep stops within a few seconds.
CMD ["node", "bin/sitrep.js", "--no-terminal"]
