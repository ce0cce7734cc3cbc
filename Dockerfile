# One image per worker: docker compose builds it with MODULE set to the worker's module.
# Build the jars first: ./mvnw -DskipTests package
FROM eclipse-temurin:17-jre
ARG MODULE
COPY ${MODULE}/target/${MODULE}-*-exec.jar /app/app.jar
ENV OMP_THREAD_LIMIT=1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
