import { describe, expect, it } from 'vitest';
import {
  describeFailureGroup,
  explainFailure,
  groupFailures,
  templateParameters,
} from './explain-failure';

const FILES_404 =
  'BASIC-FILES-INTEGRATION-CONNECTORS-404-001 The directory named data/landing-area/hospitals/old-market/clinical-trials/drop-foot does not exist';
const kafkaDown = (host: string) =>
  `org.apache.kafka.common.errors.TimeoutException: Timed out waiting for a node assignment. Call: listTopics (Connection to node -1 (${host}/9092) could not be established. Broker may not be available.)`;

describe('explainFailure', () => {
  it('recognises an Egeria message id and gives Egeria’s meaning and user action', () => {
    const explanation = explainFailure(FILES_404, { connectorName: 'OldMarketLandingAreaMonitor' });
    expect(explanation).toMatchObject({
      messageId: 'BASIC-FILES-INTEGRATION-CONNECTORS-404-001',
      title: 'Directory does not exist',
      subject: 'data/landing-area/hospitals/old-market/clinical-trials/drop-foot',
      source: 'egeria',
      meaning: 'The connector is unable to locate the file it has been asked to work with.',
    });
    expect(explanation.userAction).toContain("address property of the connection's Endpoint");
    expect(explanation.text).toMatch(/^The directory named/);
  });

  it('reads the inserts of a template, in any order', () => {
    expect(
      templateParameters(
        'Unknown Connector Provider class {0} passed in connection {1}',
        'Unknown Connector Provider class com.x.Y passed in connection Conn:1',
      ),
    ).toEqual(['com.x.Y', 'Conn:1']);
    expect(
      templateParameters('The directory named {0} does not exist', 'Something else'),
    ).toBeUndefined();
  });

  it('explains library texts without an id in the console’s own words', () => {
    const explanation = explainFailure(kafkaDown('coco-events'), { connectorName: 'K1' });
    expect(explanation).toMatchObject({
      title: 'Kafka broker unreachable',
      subject: 'coco-events:9092',
      source: 'console',
      cause: 'endpoint unreachable',
    });
    expect(explanation.messageId).toBeUndefined();
  });

  it('keeps the id of an unknown message and offers no made-up advice', () => {
    const explanation = explainFailure('ACME-CONNECTOR-500-042 The widget fell over', {
      connectorName: 'W',
    });
    expect(explanation).toMatchObject({
      messageId: 'ACME-CONNECTOR-500-042',
      title: 'ACME-CONNECTOR-500-042',
    });
    expect(explanation.meaning).toBeUndefined();
    expect(explanation.userAction).toBeUndefined();
  });
});

describe('groupFailures', () => {
  const failing = [
    { name: 'K1', message: kafkaDown('coco-events') },
    { name: 'OldMarket', message: FILES_404 },
    { name: 'K2', message: kafkaDown('coco-events') },
    { name: 'K3', message: kafkaDown('partner-events') },
    {
      name: 'AtlasA',
      message:
        'APACHE-ATLAS-INTEGRATION-CONNECTOR-400-001 Integration connector AtlasA has been configured without the URL to Apache Atlas',
    },
    {
      name: 'AtlasB',
      message:
        'APACHE-ATLAS-INTEGRATION-CONNECTOR-400-001 Integration connector AtlasB has been configured without the URL to Apache Atlas',
    },
    {
      name: 'P1',
      message:
        'OCF-CONNECTION-400-005 Unknown Connector Provider class a.B passed in connection P1:Connection',
    },
    {
      name: 'P2',
      message:
        'OCF-CONNECTION-400-005 Unknown Connector Provider class a.C passed in connection P2:Connection',
    },
    { name: 'Quiet', message: undefined },
  ];
  const groups = groupFailures(failing, (f) => ({
    message: f.message,
    context: { connectorName: f.name },
  }));
  const members = groups.map((g) => g.members.map((m) => m.name));

  it('groups the same failure on the same resource, apart from connector names', () => {
    expect(members).toContainEqual(['K1', 'K2']);
    expect(members).toContainEqual(['AtlasA', 'AtlasB']);
  });

  it('keeps failures on different resources apart', () => {
    expect(members).toContainEqual(['K3']);
    expect(members).toContainEqual(['P1']);
    expect(members).toContainEqual(['P2']);
    expect(members.flat()).not.toContain('Quiet');
  });

  it('describes a group the way an operator reads it', () => {
    const kafka = groups.find((g) => g.members.some((m) => m.name === 'K1'))!;
    expect(describeFailureGroup(kafka)).toBe(
      '2 connectors: same endpoint unreachable (coco-events:9092)',
    );
    expect(describeFailureGroup(groups.find((g) => g.members[0]!.name === 'OldMarket')!)).toBe(
      '1 connector: directory missing (data/landing-area/hospitals/old-market/clinical-trials/drop-foot)',
    );
  });
});
