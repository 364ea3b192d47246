package dev.tradetruce.neo4j;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.nio.charset.StandardCharsets;
import org.neo4j.bolt.BoltServer;
import org.neo4j.bolt.protocol.common.connector.Connector;
import org.neo4j.bolt.protocol.common.connector.connection.Connection;
import org.neo4j.bolt.protocol.common.connector.listener.ConnectorListener;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Refuses Bolt over WebSocket. Neo4j 5.26 has no setting for it: its Bolt port switches any
 * connection that starts with "GET" to WebSocket, so a web page in the user's browser could
 * reach the database. Each new connection gets a first pipeline stage that answers an HTTP
 * request with 403 and closes; a Bolt client (whose first bytes are the Bolt preamble 0x6060B017)
 * passes through and the stage removes itself.
 */
final class WebSocketRefusal extends ChannelInboundHandlerAdapter {
  private static final byte[] RESPONSE = ("HTTP/1.1 403 Forbidden\r\n"
          + "Content-Type: text/plain\r\nContent-Length: 44\r\nConnection: close\r\n\r\n"
          + "Bolt over WebSocket is disabled on this port")
      .getBytes(StandardCharsets.US_ASCII);

  /** Adds the refusal to every connection of every Bolt connector of this DBMS. */
  static void install(GraphDatabaseService db) {
    BoltServer bolt = ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(BoltServer.class);
    ConnectorListener listener = new ConnectorListener() {
      @Override
      public void onConnectionCreated(Connection connection) {
        connection.modifyPipeline(pipeline -> pipeline.addFirst("refuse-websocket", new WebSocketRefusal()));
      }
    };
    for (Connector<?> connector : bolt.getConnectors()) connector.registerListener(listener);
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof ByteBuf buf && buf.isReadable() && buf.getByte(buf.readerIndex()) == 'G') {
      buf.release();
      ctx.writeAndFlush(Unpooled.wrappedBuffer(RESPONSE)).addListener(ChannelFutureListener.CLOSE);
      return;
    }
    ctx.pipeline().remove(this);
    ctx.fireChannelRead(msg);
  }
}
