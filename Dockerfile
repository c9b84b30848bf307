# The loader image: juesuan built with the official Swift toolchain, run on a slim image.
FROM swift:6.1-bookworm AS build
RUN apt-get update && apt-get install -y --no-install-recommends libpq-dev pkg-config zlib1g-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Package.swift ./
COPY Sources ./Sources
COPY Tests ./Tests
RUN swift build -c release --product juesuan

FROM swift:6.1-bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 zlib1g mupdf-tools poppler-utils && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/.build/release/juesuan /opt/juesuan/bin/juesuan
COPY sql /opt/juesuan/sql
COPY seeds /opt/juesuan/seeds
ENV JUESUAN_SQL_DIR=/opt/juesuan/sql PATH=/opt/juesuan/bin:$PATH
ENTRYPOINT ["juesuan"]
