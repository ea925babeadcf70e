# The Maestro Gate approval app as a Probot server (docs/app.md).
# Base images are pinned to an exact release; pin the digest too in your registry
# mirror (`docker buildx imagetools inspect node:24.22.3-bookworm-slim`).
FROM node:24.22.3-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY action ./action
COPY app ./app
COPY schemas ./schemas
COPY tsconfig.json ./
RUN npx esbuild app/main.ts --bundle --platform=node --format=esm --target=node24 --packages=external --outfile=build/app.js

FROM node:24.22.3-bookworm-slim
ENV NODE_ENV=production PORT=3000 MAESTRO_AUDIT_LOG=/data/maestro-approval-audit.jsonl
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /src/build/app.js ./app.js
COPY app.yml ./app.yml
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
VOLUME ["/data"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "app.js"]
