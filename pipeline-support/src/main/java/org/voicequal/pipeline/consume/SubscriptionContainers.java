package org.voicequal.pipeline.consume;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.BatchMessageListener;

/** Runs one listener container per {@link EventSubscription} bean, started after everything else is ready. */
public class SubscriptionContainers implements SmartLifecycle {

    private final ConcurrentKafkaListenerContainerFactory<String, byte[]> factory;
    private final EventProcessing processing;
    private final List<EventSubscription<?>> subscriptions;
    private final List<ConcurrentMessageListenerContainer<String, byte[]>> containers = new ArrayList<>();
    private volatile boolean running;

    public SubscriptionContainers(ConcurrentKafkaListenerContainerFactory<String, byte[]> factory,
            EventProcessing processing, List<EventSubscription<?>> subscriptions) {
        this.factory = factory;
        this.processing = processing;
        this.subscriptions = subscriptions;
    }

    @Override
    public synchronized void start() {
        for (EventSubscription<?> subscription : subscriptions) {
            ConcurrentMessageListenerContainer<String, byte[]> container = factory.createContainer(subscription.topic().name());
            container.getContainerProperties().setGroupId(subscription.group());
            // a poll's records at once: they commit in as few transactions as their failures allow
            container.getContainerProperties().setMessageListener(
                    (BatchMessageListener<String, byte[]>) records -> processing.processPoll(subscription, records));
            container.setBeanName(subscription.group() + ":" + subscription.topic().name());
            container.start();
            containers.add(container);
        }
        running = true;
    }

    @Override
    public synchronized void stop() {
        containers.forEach(ConcurrentMessageListenerContainer::stop);
        containers.clear();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the outbox relay and the web server: consume only once everything can answer. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
