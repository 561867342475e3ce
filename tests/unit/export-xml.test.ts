import { toGexf } from '../../src/export/gexf';
import { toGraphml } from '../../src/export/graphml';
import { xmlAttribute, xmlAttributes, xmlText } from '../../src/export/xml';
import { tinyNetwork } from './export-fixture';

describe('XML escaping', () => {
  it('escapes markup in text, and quotes, apostrophes, tabs and line breaks in attributes', () => {
    expect(xmlText(`A & B <c> "d" 'e'\r\n`)).toBe(`A &amp; B &lt;c&gt; "d" 'e'&#13;\n`);
    expect(xmlAttribute(`A & B <c> "d" 'e'\t\r\n`)).toBe('A &amp; B &lt;c&gt; &quot;d&quot; &apos;e&apos;&#9;&#13;&#10;');
  });

  it('keeps diacritics, Cyrillic and astral characters; replaces what XML 1.0 cannot hold', () => {
    expect(xmlText('Čačak Ђурђевдан Ćićevac 🎭')).toBe('Čačak Ђурђевдан Ćićevac 🎭');
    expect(xmlText('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uD800g')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg');
    expect(xmlAttribute('x\u0001y')).toBe('x\uFFFDy');
  });

  it('writes only the attributes that have a value', () => {
    expect(
      xmlAttributes([
        ['id', 'a"b'],
        ['start', null],
        ['end', '2011-12-31'],
      ]),
    ).toBe(' id="a&quot;b" end="2011-12-31"');
  });
});

describe('toGexf', () => {
  it('writes a dynamic GEXF 1.2draft graph with declared attributes and start/end days', () => {
    expect(toGexf(tinyNetwork)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
        '  <meta>',
        '    <creator>nkss-graph</creator>',
        '    <description>Test &lt;network&gt; &amp; "friends"</description>',
        '  </meta>',
        '  <graph mode="dynamic" defaultedgetype="undirected" timeformat="date">',
        '    <attributes class="node">',
        '      <attribute id="type" title="type" type="string"/>',
        '      <attribute id="kind" title="kind" type="string"/>',
        '      <attribute id="sector" title="sector" type="string"/>',
        '      <attribute id="city" title="city" type="string"/>',
        '      <attribute id="region" title="region" type="string"/>',
        '      <attribute id="country" title="country" type="string"/>',
        '      <attribute id="member" title="member" type="boolean"/>',
        '      <attribute id="memberSince" title="memberSince" type="string"/>',
        '    </attributes>',
        '    <attributes class="edge">',
        '      <attribute id="relation" title="relation" type="string"/>',
        '      <attribute id="member" title="member" type="string"/>',
        '      <attribute id="association" title="association" type="string"/>',
        '      <attribute id="origin" title="origin" type="string"/>',
        '      <attribute id="via" title="via" type="string"/>',
        '      <attribute id="viaName" title="viaName" type="string"/>',
        '      <attribute id="since" title="since" type="string"/>',
        '      <attribute id="until" title="until" type="string"/>',
        '    </attributes>',
        '    <nodes count="3">',
        '      <node id="org-a" label="Art &amp; &quot;Kultura&quot; &lt;Novi Sad&gt;" start="2011-01-01">',
        '        <attvalues>',
        '          <attvalue for="type" value="ORGANIZATION"/>',
        '          <attvalue for="kind" value="ORGANIZATION"/>',
        '          <attvalue for="sector" value="CIVIL"/>',
        '          <attvalue for="city" value="Novi Sad"/>',
        '          <attvalue for="region" value="Region Vojvodine"/>',
        '          <attvalue for="country" value="RS"/>',
        '          <attvalue for="member" value="true"/>',
        '          <attvalue for="memberSince" value="2017-09"/>',
        '        </attvalues>',
        '      </node>',
        '      <node id="org-nkss" label="Независна културна сцена Србије">',
        '        <attvalues>',
        '          <attvalue for="type" value="ORGANIZATION"/>',
        '          <attvalue for="kind" value="NETWORK"/>',
        '          <attvalue for="sector" value="CIVIL"/>',
        '          <attvalue for="city" value="Beograd"/>',
        '          <attvalue for="country" value="RS"/>',
        '          <attvalue for="member" value="false"/>',
        '        </attvalues>',
        '      </node>',
        '      <node id="person-x" label="Dušan Murić, Jr." start="2020-09-26" end="2022-12-31">',
        '        <attvalues>',
        '          <attvalue for="type" value="PERSON"/>',
        '          <attvalue for="member" value="true"/>',
        '          <attvalue for="memberSince" value="2020-09-26"/>',
        '        </attvalues>',
        '      </node>',
        '    </nodes>',
        '    <edges count="2">',
        '      <edge id="member:person-x:org-nkss" source="person-x" target="org-nkss" kind="MEMBER_OF" label="MEMBER_OF" start="2020-09-26" end="2022-12-31">',
        '        <attvalues>',
        '          <attvalue for="relation" value="MEMBER_OF"/>',
        '          <attvalue for="member" value="person-x"/>',
        '          <attvalue for="association" value="org-nkss"/>',
        '          <attvalue for="since" value="2020-09-26"/>',
        '          <attvalue for="until" value="2022"/>',
        '        </attvalues>',
        '      </edge>',
        '      <edge id="t1" source="org-a" target="org-nkss" kind="AGREEMENT" label="AGREEMENT" start="2011-01-01">',
        '        <attvalues>',
        '          <attvalue for="relation" value="TIE"/>',
        '          <attvalue for="origin" value="AGREEMENT"/>',
        '          <attvalue for="via" value="agr-1"/>',
        '          <attvalue for="viaName" value="Protokol o saradnji &apos;Kultura&apos;&#10;line2"/>',
        '          <attvalue for="since" value="2011-01"/>',
        '        </attvalues>',
        '      </edge>',
        '    </edges>',
        '  </graph>',
        '</gexf>',
        '',
      ].join('\n'),
    );
  });

  it('writes an empty network as empty node and edge lists', () => {
    const gexf = toGexf({ ...tinyNetwork, nodes: [], edges: [] });
    expect(gexf).toContain('    <nodes count="0">\n    </nodes>\n    <edges count="0">\n    </edges>\n');
  });
});

describe('toGraphml', () => {
  it('declares a <key> per attribute and writes dates as string data', () => {
    expect(toGraphml(tinyNetwork)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
        '  <key id="node.label" for="node" attr.name="label" attr.type="string"/>',
        '  <key id="node.type" for="node" attr.name="type" attr.type="string"/>',
        '  <key id="node.kind" for="node" attr.name="kind" attr.type="string"/>',
        '  <key id="node.sector" for="node" attr.name="sector" attr.type="string"/>',
        '  <key id="node.city" for="node" attr.name="city" attr.type="string"/>',
        '  <key id="node.region" for="node" attr.name="region" attr.type="string"/>',
        '  <key id="node.country" for="node" attr.name="country" attr.type="string"/>',
        '  <key id="node.member" for="node" attr.name="member" attr.type="boolean"/>',
        '  <key id="node.memberSince" for="node" attr.name="memberSince" attr.type="string"/>',
        '  <key id="node.start" for="node" attr.name="start" attr.type="string"/>',
        '  <key id="node.end" for="node" attr.name="end" attr.type="string"/>',
        '  <key id="edge.relation" for="edge" attr.name="relation" attr.type="string"/>',
        '  <key id="edge.member" for="edge" attr.name="member" attr.type="string"/>',
        '  <key id="edge.association" for="edge" attr.name="association" attr.type="string"/>',
        '  <key id="edge.origin" for="edge" attr.name="origin" attr.type="string"/>',
        '  <key id="edge.via" for="edge" attr.name="via" attr.type="string"/>',
        '  <key id="edge.viaName" for="edge" attr.name="viaName" attr.type="string"/>',
        '  <key id="edge.since" for="edge" attr.name="since" attr.type="string"/>',
        '  <key id="edge.until" for="edge" attr.name="until" attr.type="string"/>',
        '  <key id="edge.start" for="edge" attr.name="start" attr.type="string"/>',
        '  <key id="edge.end" for="edge" attr.name="end" attr.type="string"/>',
        '  <graph id="nkss" edgedefault="undirected">',
        '    <desc>Test &lt;network&gt; &amp; "friends"</desc>',
        '    <node id="org-a">',
        '      <data key="node.label">Art &amp; "Kultura" &lt;Novi Sad&gt;</data>',
        '      <data key="node.type">ORGANIZATION</data>',
        '      <data key="node.kind">ORGANIZATION</data>',
        '      <data key="node.sector">CIVIL</data>',
        '      <data key="node.city">Novi Sad</data>',
        '      <data key="node.region">Region Vojvodine</data>',
        '      <data key="node.country">RS</data>',
        '      <data key="node.member">true</data>',
        '      <data key="node.memberSince">2017-09</data>',
        '      <data key="node.start">2011-01-01</data>',
        '    </node>',
        '    <node id="org-nkss">',
        '      <data key="node.label">Независна културна сцена Србије</data>',
        '      <data key="node.type">ORGANIZATION</data>',
        '      <data key="node.kind">NETWORK</data>',
        '      <data key="node.sector">CIVIL</data>',
        '      <data key="node.city">Beograd</data>',
        '      <data key="node.country">RS</data>',
        '      <data key="node.member">false</data>',
        '    </node>',
        '    <node id="person-x">',
        '      <data key="node.label">Dušan Murić, Jr.</data>',
        '      <data key="node.type">PERSON</data>',
        '      <data key="node.member">true</data>',
        '      <data key="node.memberSince">2020-09-26</data>',
        '      <data key="node.start">2020-09-26</data>',
        '      <data key="node.end">2022-12-31</data>',
        '    </node>',
        '    <edge id="member:person-x:org-nkss" source="person-x" target="org-nkss">',
        '      <data key="edge.relation">MEMBER_OF</data>',
        '      <data key="edge.member">person-x</data>',
        '      <data key="edge.association">org-nkss</data>',
        '      <data key="edge.since">2020-09-26</data>',
        '      <data key="edge.until">2022</data>',
        '      <data key="edge.start">2020-09-26</data>',
        '      <data key="edge.end">2022-12-31</data>',
        '    </edge>',
        '    <edge id="t1" source="org-a" target="org-nkss">',
        '      <data key="edge.relation">TIE</data>',
        '      <data key="edge.origin">AGREEMENT</data>',
        '      <data key="edge.via">agr-1</data>',
        '      <data key="edge.viaName">Protokol o saradnji \'Kultura\'\nline2</data>',
        '      <data key="edge.since">2011-01</data>',
        '      <data key="edge.start">2011-01-01</data>',
        '    </edge>',
        '  </graph>',
        '</graphml>',
        '',
      ].join('\n'),
    );
  });
});
