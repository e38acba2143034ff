package org.stepplan.suite.peers;

import java.util.Arrays;
import java.util.List;
import org.stepplan.optim.MethodProvider;
import org.stepplan.optim.MethodSpec;

/** Registers the commons-math3 peers ({@code cm3-cg-pr}, {@code cm3-cg-fr}, {@code cm3-nelder-mead}) as external. */
public final class PeerMethods implements MethodProvider {

    @Override
    public List<MethodSpec> methods() {
        return Arrays.stream(CommonsMath3Peer.Kind.values()).map(CommonsMath3Peer::spec).toList();
    }
}
