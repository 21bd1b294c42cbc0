# Sitrep as a service: `docker compose up -d` (see compose.yaml), or
#   docker build -t sitrep . && docker run --env-file .env -v sitrep-data:/data -p 3000:3000 sitrep
# Runs without the terminal chat, as the unprivileged `node` user, with the
# store and index on the /data volume and /healthz on port 8080.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
# better-sqlite3 builds from source when no prebuilt binary matches.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    SITREP_DATA_DIR=/data \
    SITREP_HEALTH_PORT=8080 \
    SITREP_HEALTH_HOST=0.0.0.0
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json tsconfig.json index.ts slack-manifest.yml ./
COPY bin ./bin
COPY commands ./commands
COPY src ./src
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
CMD ["node", "--import", "tsx", "index.ts", "--no-terminal"]
