package nl.cultuurschakel.binnenbuiten.network.web;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import nl.cultuurschakel.binnenbuiten.network.Member;
import nl.cultuurschakel.binnenbuiten.network.Network;
import nl.cultuurschakel.binnenbuiten.network.Tie;
import nl.cultuurschakel.binnenbuiten.shared.export.CsvWriter;

import org.springframework.context.MessageSource;

/**
 * A network as files other tools open: CSV (one row per member, then one per tie) and
 * GraphML (Gephi, yEd, Kumu), every member a node, those without ties too.
 */
final class NetworkFiles {

	static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";

	private NetworkFiles() {
	}

	static byte[] csv(Network network, MessageSource messages, Locale locale) {
		return CsvWriter.bytes((out) -> {
			out.row(text(messages, "network.export.type", locale), text(messages, "network.export.id", locale),
					text(messages, "network.member", locale), text(messages, "network.card.domain", locale),
					text(messages, "partner.knowledgePartner", locale), text(messages, "network.card.roles", locale),
					text(messages, "network.card.contact", locale), text(messages, "network.card.activities", locale),
					text(messages, "network.export.source", locale), text(messages, "network.export.target", locale),
					text(messages, "network.tie.weight", locale), text(messages, "network.tie.kinds", locale));
			String node = text(messages, "network.export.node", locale);
			for (Member member : network.members()) {
				out.row(node, member.partnerId(), member.name(),
						text(messages, "partner.domain." + member.domain(), locale), member.knowledgePartner(),
						member.roles()
							.stream()
							.sorted()
							.map((role) -> text(messages, "membership.role." + role, locale))
							.collect(Collectors.joining(", ")),
						member.contactName(), member.activities(), null, null, null, null);
			}
			String edge = text(messages, "network.export.edge", locale);
			for (Tie tie : network.ties()) {
				out.row(edge, null, null, null, null, null, null, null, tie.first(), tie.second(), tie.weight(),
						GraphData.kinds(tie, messages, locale));
			}
		});
	}

	static byte[] graphml(Network network) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("graphml");
			xml.writeDefaultNamespace(GRAPHML_NS);
			key(xml, "name", "node", "name", "string");
			key(xml, "domain", "node", "domain", "string");
			key(xml, "knowledgePartner", "node", "knowledgePartner", "boolean");
			key(xml, "activities", "node", "activities", "int");
			key(xml, "weight", "edge", "weight", "double");
			key(xml, "kinds", "edge", "kinds", "string");
			xml.writeStartElement("graph");
			xml.writeAttribute("id", "neighbourhood-" + network.neighbourhoodId());
			xml.writeAttribute("edgedefault", "undirected");
			for (Member member : network.members()) {
				xml.writeStartElement("node");
				xml.writeAttribute("id", "p" + member.partnerId());
				data(xml, "name", member.name());
				data(xml, "domain", member.domain().name());
				data(xml, "knowledgePartner", String.valueOf(member.knowledgePartner()));
				data(xml, "activities", String.valueOf(member.activities()));
				xml.writeEndElement();
			}
			for (Tie tie : network.ties()) {
				xml.writeStartElement("edge");
				xml.writeAttribute("id", "t" + tie.first() + "-" + tie.second());
				xml.writeAttribute("source", "p" + tie.first());
				xml.writeAttribute("target", "p" + tie.second());
				data(xml, "weight", String.valueOf(tie.weight()));
				data(xml, "kinds", tie.kinds().keySet().stream().map(Enum::name).collect(Collectors.joining(" ")));
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write GraphML", ex);
		}
		return out.toByteArray();
	}

	private static void key(XMLStreamWriter xml, String id, String target, String name, String type)
			throws XMLStreamException {
		xml.writeEmptyElement("key");
		xml.writeAttribute("id", id);
		xml.writeAttribute("for", target);
		xml.writeAttribute("attr.name", name);
		xml.writeAttribute("attr.type", type);
	}

	private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
		xml.writeStartElement("data");
		xml.writeAttribute("key", key);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

	private static String text(MessageSource messages, String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
