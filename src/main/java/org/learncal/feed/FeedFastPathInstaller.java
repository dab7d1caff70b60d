package org.learncal.feed;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelPipeline;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

/** Puts a {@link FeedFastPath} before Micronaut's handler in every HTTP/1.1 connection the server opens. */
@Singleton
class FeedFastPathInstaller implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {
    private final Provider<FeedShortcut> shortcut;

    FeedFastPathInstaller(Provider<FeedShortcut> shortcut) {
        this.shortcut = shortcut;
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new NettyServerCustomizer() {
            @Override
            public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
                return role != ChannelRole.CONNECTION ? this : new NettyServerCustomizer() {
                    @Override
                    public void onStreamPipelineBuilt() {
                        install(channel.pipeline());
                    }
                };
            }
        });
        return event.getBean();
    }

    private void install(ChannelPipeline pipeline) {
        if (pipeline.get(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND) != null) {
            pipeline.addBefore(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND, "learncal-feed-fast-path",
                    new FeedFastPath(shortcut.get()));
        }
    }
}
