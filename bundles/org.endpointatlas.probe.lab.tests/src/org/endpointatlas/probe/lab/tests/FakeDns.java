package org.endpointatlas.probe.lab.tests;

import java.io.Closeable;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;

import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Section;

/**
 * A DNS server on 127.0.0.1 that answers every query with one rcode (SERVFAIL), or never answers at all. dnsmasq
 * forwards one lab domain to each: dnsmasq itself cannot be made to answer SERVFAIL without an upstream.
 */
final class FakeDns implements Closeable {

	private final DatagramSocket socket;
	private final Integer rcode;
	private final Thread thread;

	private FakeDns(Integer rcode) throws IOException {
		this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
		this.rcode = rcode;
		this.thread = new Thread(this::loop, "probe-lab-fake-dns");
		thread.setDaemon(true);
		thread.start();
	}

	static FakeDns answering(int rcode) throws IOException {
		return new FakeDns(rcode);
	}

	static FakeDns silent() throws IOException {
		return new FakeDns(null);
	}

	int port() {
		return socket.getLocalPort();
	}

	private void loop() {
		byte[] buffer = new byte[4096];
		while (!socket.isClosed()) {
			try {
				DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
				socket.receive(packet);
				if (rcode == null) {
					continue;
				}
				byte[] data = java.util.Arrays.copyOf(packet.getData(), packet.getLength());
				Message query = new Message(data);
				Message reply = new Message(query.getHeader().getID());
				reply.getHeader().setFlag(Flags.QR);
				reply.getHeader().setFlag(Flags.RA);
				if (query.getHeader().getFlag(Flags.RD)) {
					reply.getHeader().setFlag(Flags.RD);
				}
				reply.getHeader().setRcode(rcode);
				if (query.getQuestion() != null) {
					reply.addRecord(query.getQuestion(), Section.QUESTION);
				}
				byte[] wire = reply.toWire();
				socket.send(new DatagramPacket(wire, wire.length, packet.getSocketAddress()));
			} catch (IOException e) {
				// closed, or a malformed query
			}
		}
	}

	static int servfail() {
		return Rcode.SERVFAIL;
	}

	@Override
	public void close() {
		socket.close();
	}
}
